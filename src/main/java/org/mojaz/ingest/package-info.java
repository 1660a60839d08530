/** Getting text in: safe fetching of user links, bytes-to-text decoding, article extraction and feeds. */
package org.mojaz.ingest;
