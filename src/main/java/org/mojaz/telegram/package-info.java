/** The Telegram transport: long polling, the inbox, rate-limited sending; the only package importing TelegramBots. */
package org.mojaz.telegram;
