/** The Summarizer seam, its engines (extractive, LLM, the digest cache, the fallback chain) and the Digest. */
package org.mojaz.summary;
