/** The one place that speaks TelegramBots: maps updates and replies, long polling, the outgoing limiter. */
package org.mojaz.telegram;
