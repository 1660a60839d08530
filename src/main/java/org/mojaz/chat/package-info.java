/** The transport-neutral conversation: commands, links, text and the replies to them. */
package org.mojaz.chat;
