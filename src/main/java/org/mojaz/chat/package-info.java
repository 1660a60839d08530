/** The transport-neutral conversation: each intent routed to its handler (commands, briefs, questions), the save-and-summarize pipeline, the replies. */
package org.mojaz.chat;
