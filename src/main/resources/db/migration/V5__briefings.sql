-- Briefings: entity follows, and the bookkeeping that makes a delivery happen once per subscription and day even
-- with several bot processes on one database (claims are conditional inserts/updates, never in-memory locks).

-- /follow الجزائر and /follow Algeria are one row: entity_key is the English name folded to lower case
-- (or the Arabic name when no English one is known).
CREATE TABLE chat_entities (
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    entity_key TEXT    NOT NULL,
    name_ar    TEXT,
    name_en    TEXT,
    added_at   TEXT    NOT NULL,
    PRIMARY KEY (chat_id, entity_key)
);

-- A claim lasts until claimed_until: a process that died mid-send leaves a pending row that another process
-- (or the same one after a restart) claims again once the lease or the retry back-off has run out.
ALTER TABLE deliveries ADD COLUMN claimed_until TEXT;
ALTER TABLE deliveries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN error TEXT;
ALTER TABLE deliveries ADD COLUMN item_count INTEGER;

-- When the subscription was paused (403) and why; a new /subscribe resumes it.
ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT;

CREATE INDEX feed_items_recent ON feed_items (feed_id, seen_at);
CREATE INDEX deliveries_pending ON deliveries (status, claimed_until);
