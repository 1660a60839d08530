-- Mojaz schema, version 1. Portable SQL where it costs nothing (the same tables should run on PostgreSQL).
-- Everything a user owns hangs off chat_id; the store scopes every user-data query by it.

CREATE TABLE chats (
    chat_id        INTEGER PRIMARY KEY,            -- Telegram chat id, or a fixed id for the terminal
    kind           TEXT    NOT NULL DEFAULT 'private',  -- private | group | supergroup | channel | console
    title          TEXT,
    show_languages TEXT    NOT NULL DEFAULT 'both', -- ar | en | both
    ui_language    TEXT    NOT NULL DEFAULT 'en',   -- ar | en
    summary_length TEXT    NOT NULL DEFAULT 'short',-- short | long
    timezone       TEXT,                            -- IANA zone; null = the configured default
    active         INTEGER NOT NULL DEFAULT 1,      -- 0 after Telegram says 403 (blocked, kicked)
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

CREATE TABLE users (
    user_id       INTEGER PRIMARY KEY,
    language_code TEXT,
    first_seen_at TEXT NOT NULL
);

-- Articles are stored once per content hash and once per canonical URL; who sent them is in chat_articles.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    url           TEXT,
    canonical_url TEXT,
    title         TEXT    NOT NULL,
    byline        TEXT,
    published     TEXT,
    site_name     TEXT,
    language      TEXT    NOT NULL,
    body          TEXT    NOT NULL,                -- paragraphs separated by a blank line
    word_count    INTEGER NOT NULL,
    fetched_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE chat_articles (
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source     TEXT    NOT NULL,                   -- the link, file name or 'text:pasted' as this chat sent it
    added_at   TEXT    NOT NULL,
    PRIMARY KEY (chat_id, article_id)
);
CREATE INDEX chat_articles_recent ON chat_articles (chat_id, added_at);

-- One digest per (content hash, engine, prompt version): a link seen before, by anyone, costs no LLM call.
CREATE TABLE digests (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT    NOT NULL,
    engine         TEXT    NOT NULL,
    prompt_version TEXT    NOT NULL,
    digest_json    TEXT    NOT NULL,
    input_tokens   INTEGER,
    output_tokens  INTEGER,
    created_at     TEXT    NOT NULL,
    UNIQUE (content_hash, engine, prompt_version)
);

-- Every LLM call, for the daily caps and the cost report.
CREATE TABLE llm_calls (
    id            INTEGER PRIMARY KEY,
    chat_id       INTEGER,                         -- null for calls not made for one chat (briefings of feeds)
    day           TEXT    NOT NULL,                -- UTC date, yyyy-MM-dd
    engine        TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,                -- ok | invalid | timeout | rate_limited | error
    input_tokens  INTEGER,
    output_tokens INTEGER,
    created_at    TEXT    NOT NULL
);
CREATE INDEX llm_calls_day ON llm_calls (day, chat_id);

-- Incoming updates, written before they are acknowledged, marked done after the reply is sent.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    payload     TEXT    NOT NULL,                  -- the transport's message as JSON
    status      TEXT    NOT NULL DEFAULT 'pending',-- pending | done | failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    received_at TEXT    NOT NULL,
    done_at     TEXT,
    error       TEXT
);
CREATE INDEX inbox_pending ON inbox (status, update_id);

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    title           TEXT,
    etag            TEXT,
    last_modified   TEXT,
    last_fetched_at TEXT,
    last_error      TEXT
);

CREATE TABLE chat_feeds (
    chat_id  INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    feed_id  INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    added_at TEXT    NOT NULL,
    PRIMARY KEY (chat_id, feed_id)
);

CREATE TABLE feed_items (
    id         INTEGER PRIMARY KEY,
    feed_id    INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid       TEXT    NOT NULL,
    url        TEXT,
    title      TEXT,
    published  TEXT,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    seen_at    TEXT    NOT NULL,
    UNIQUE (feed_id, guid)
);

CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL UNIQUE REFERENCES chats (chat_id) ON DELETE CASCADE,
    local_time TEXT    NOT NULL,                   -- HH:mm in the subscription's zone
    timezone   TEXT    NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

-- One delivery per subscription and local date: a briefing is never sent twice.
CREATE TABLE deliveries (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    local_date      TEXT    NOT NULL,
    status          TEXT    NOT NULL,              -- pending | sent | failed
    sent_at         TEXT,
    PRIMARY KEY (subscription_id, local_date)
);
