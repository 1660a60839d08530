/** Getting text in: safe fetching of user links, bytes-to-text decoding, article extraction. */
package org.mojaz.ingest;
