/** The terminal transport and the one-shot summarize command. */
package org.mojaz.console;
