-- Questions about a chat's own articles (issue 10).
-- Passages are the sentences of an article; their matching terms are made by our own text package (normalised,
-- stemmed), stored as space-separated text so the same rows can feed PostgreSQL (a tsvector with the `simple`
-- configuration) instead of FTS5. Only store/PassageIndex speaks FTS5.
CREATE TABLE passages (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                   -- the sentence's place in the article, from 0
    text       TEXT    NOT NULL,                   -- the sentence as written
    terms      TEXT    NOT NULL,                   -- its matching terms, space-separated
    context    TEXT    NOT NULL,                   -- the terms of its neighbours (one sentence either side)
    UNIQUE (article_id, position)
);

-- FTS5 over our own terms: the `ascii` tokenizer only splits on spaces and ASCII punctuation, so the terms stay
-- exactly as our text package made them. `article` holds one token per passage (a<article id>) so that a search
-- is restricted to one chat's articles inside the index, not after it.
CREATE VIEW passage_fts_source AS SELECT id, terms, context, 'a' || article_id AS article FROM passages;
CREATE VIRTUAL TABLE passage_fts USING fts5 (
    terms, context, article,
    content = 'passage_fts_source', content_rowid = 'id', tokenize = 'ascii'
);
-- How many passages hold each term, for weighting what a question asks about (rare words weigh more).
CREATE VIRTUAL TABLE passage_vocab USING fts5vocab (passage_fts, 'row');
CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, terms, context, article)
    VALUES ('delete', old.id, old.terms, old.context, 'a' || old.article_id);
END;

-- The last few questions of a chat, so a follow-up ("and who leads it?") keeps the previous question's names.
CREATE TABLE qa_turns (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    question   TEXT    NOT NULL,
    carried    TEXT    NOT NULL,                   -- the terms and names carried into the next question
    answer     TEXT,                               -- the answer's text (for a model's history)
    created_at TEXT    NOT NULL
);
CREATE INDEX qa_turns_chat ON qa_turns (chat_id, id);

-- Answers by a model, per chat, keyed by a hash of (question, passages, engine, prompt version).
CREATE TABLE qa_answers (
    chat_id     INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    answer_json TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (chat_id, key)
);
