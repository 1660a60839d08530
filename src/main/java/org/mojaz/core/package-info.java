/** The few records every feature shares (an extracted {@code Article}, its {@code Language}); depends on nothing. */
package org.mojaz.core;
