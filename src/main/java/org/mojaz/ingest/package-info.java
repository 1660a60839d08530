/** Safe fetching of links, charset decoding, article extraction and the Ingestor that turns input into Articles. */
package org.mojaz.ingest;
