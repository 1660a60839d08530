/** The one place that writes SQL: the SQLite file, Flyway migrations and chat-scoped queries. */
package org.mojaz.store;
