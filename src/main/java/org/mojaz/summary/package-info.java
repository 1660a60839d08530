/** The Summarizer seam, its engines and the Digest (summaries in both languages plus entities). */
package org.mojaz.summary;
