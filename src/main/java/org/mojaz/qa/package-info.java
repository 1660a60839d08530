/** Retrieval over a chat's stored articles and grounded answers with citations. */
package org.mojaz.qa;
