/** The one place that speaks TelegramBots: long polling, rendering and the outgoing limiter. */
package org.mojaz.telegram;
