/** The few types every feature shares (an extracted {@code Article}, its {@code Language}, the background {@code Service}); depends on nothing. */
package org.mojaz.core;
