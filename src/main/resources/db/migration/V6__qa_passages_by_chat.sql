-- The passage index, by chat (issue 10, retrieval speed). V4 indexed each passage once, with a token per article,
-- and a search named each of the chat's articles as its own phrase (100 or more OR-ed phrases). Here the index
-- holds one row per (chat, passage) and the row id says whose it is: slot << 40 | passage id, where a slot is a
-- small number per chat. A search is a row id range inside FTS5 (the chat's rows sit together in every doclist), so
-- it reads this chat's entries only, and no other chat's row can come back. Only store/PassageIndex queries it.
DROP TRIGGER passages_fts_delete;
DROP TABLE passage_vocab;
DROP TABLE passage_fts;
DROP VIEW passage_fts_source;

-- A chat's slot: made with its first article, never reused (AUTOINCREMENT), gone with the chat.
CREATE TABLE passage_slots (
    slot    INTEGER PRIMARY KEY AUTOINCREMENT,     -- below 2^23: the row ids of the index are slot << 40 | passage id
    chat_id INTEGER NOT NULL UNIQUE REFERENCES chats (chat_id) ON DELETE CASCADE
);

-- Contentless: the terms are in `passages`; the index keeps only what it needs to find and rank (the ascii tokenizer
-- splits on spaces, so the terms stay exactly as our text package made them).
CREATE VIRTUAL TABLE chat_passage_fts USING fts5 (
    terms, context,
    content = '', contentless_delete = 1, tokenize = 'ascii'
);
-- How many passages hold each term (in the sentence or its context), for weighting what a question asks about:
-- kept here rather than read from the index, where a common term's count walks its whole doclist (and would count
-- an article held by ten chats ten times). A passage's terms are split with json_each, so they are escaped first.
CREATE TABLE passage_terms (
    term TEXT    PRIMARY KEY,
    doc  INTEGER NOT NULL
) WITHOUT ROWID;

-- Finding the chats that hold an article (the triggers below; /forget's clean-up of unheld articles), and a chat's
-- recent article ids from the index alone (the scope of a question).
CREATE INDEX chat_articles_article ON chat_articles (article_id);
DROP INDEX chat_articles_recent;
CREATE INDEX chat_articles_recent ON chat_articles (chat_id, added_at, article_id);

-- Kept in step by the database itself, whichever path adds or removes a link or a passage.
CREATE TRIGGER chat_articles_index AFTER INSERT ON chat_articles BEGIN
    INSERT INTO passage_slots (chat_id) VALUES (new.chat_id) ON CONFLICT (chat_id) DO NOTHING;
    INSERT INTO chat_passage_fts (rowid, terms, context)
        SELECT (s.slot << 40) | p.id, p.terms, p.context FROM passages p JOIN passage_slots s ON s.chat_id = new.chat_id
        WHERE p.article_id = new.article_id;
END;
CREATE TRIGGER chat_articles_unindex AFTER DELETE ON chat_articles BEGIN
    DELETE FROM chat_passage_fts WHERE rowid IN (SELECT (s.slot << 40) | p.id FROM passages p
        JOIN passage_slots s ON s.chat_id = old.chat_id WHERE p.article_id = old.article_id);
END;
CREATE TRIGGER passages_index AFTER INSERT ON passages BEGIN
    INSERT INTO passage_terms (term, doc)
        SELECT DISTINCT value, 1 FROM json_each('["' || replace(replace(replace(new.terms || ' ' || new.context,
            '\', '\\'), '"', '\"'), ' ', '","') || '"]') WHERE value <> ''
        ON CONFLICT (term) DO UPDATE SET doc = doc + 1;
    INSERT INTO chat_passage_fts (rowid, terms, context)
        SELECT (s.slot << 40) | new.id, new.terms, new.context FROM chat_articles ca
        JOIN passage_slots s ON s.chat_id = ca.chat_id WHERE ca.article_id = new.article_id;
END;
CREATE TRIGGER passages_unindex AFTER DELETE ON passages BEGIN
    UPDATE passage_terms SET doc = doc - 1 WHERE term IN (SELECT value FROM json_each('["' || replace(replace(replace(
        old.terms || ' ' || old.context, '\', '\\'), '"', '\"'), ' ', '","') || '"]'));
    DELETE FROM passage_terms WHERE doc <= 0 AND term IN (SELECT value FROM json_each('["' || replace(replace(replace(
        old.terms || ' ' || old.context, '\', '\\'), '"', '\"'), ' ', '","') || '"]'));
    DELETE FROM chat_passage_fts WHERE rowid IN (SELECT (s.slot << 40) | old.id FROM chat_articles ca
        JOIN passage_slots s ON s.chat_id = ca.chat_id WHERE ca.article_id = old.article_id);
END;
-- A chat's links go before its slot does, so its rows leave the index whatever deletes the chat.
CREATE TRIGGER chats_unindex BEFORE DELETE ON chats BEGIN
    DELETE FROM chat_articles WHERE chat_id = old.chat_id;
END;

-- Stores made before this migration: every chat holding articles gets its slot, and their passages their rows.
INSERT INTO passage_slots (chat_id) SELECT DISTINCT chat_id FROM chat_articles ORDER BY chat_id;
INSERT INTO chat_passage_fts (rowid, terms, context)
    SELECT (s.slot << 40) | p.id, p.terms, p.context FROM chat_articles ca
    JOIN passage_slots s ON s.chat_id = ca.chat_id JOIN passages p ON p.article_id = ca.article_id
    ORDER BY 1;
INSERT INTO passage_terms (term, doc)
    SELECT value, COUNT(DISTINCT p.id) FROM passages p, json_each('["' || replace(replace(replace(
        p.terms || ' ' || p.context, '\', '\\'), '"', '\"'), ' ', '","') || '"]') WHERE value <> '' GROUP BY value;
