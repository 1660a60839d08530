/** Quality scorers and the eval and bench commands. */
package org.mojaz.eval;
