/** Pure text processing shared by every feature: languages, Arabic normalisation, sentences, tokens, stems. */
package org.mojaz.text;
