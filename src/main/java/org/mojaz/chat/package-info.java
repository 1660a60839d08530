/** The conversation, transport-neutral: messages in, commands and briefs out as HTML replies with buttons. */
package org.mojaz.chat;
