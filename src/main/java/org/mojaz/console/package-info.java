/** The terminal transport: the same conversation in a read-eval-print loop, replies as plain text. */
package org.mojaz.console;
