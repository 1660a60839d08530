/** Empty until issue 10: retrieval over a chat's stored articles and grounded answers will live here. */
package org.mojaz.qa;
