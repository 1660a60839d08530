/** Pure text processing shared by summary, entity, qa and eval: language, normalisation, sentences, tokens, stems. */
package org.mojaz.text;
