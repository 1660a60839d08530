/** Summarizer and its engines (extractive first), the Digest of an article (summaries in both languages + entities). */
package org.mojaz.summary;
