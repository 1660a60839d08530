-- Which article each message of a brief shows (issue 10): every part of a split brief and the placeholder edited
-- into its first part, so a reply to any of them asks about that article. Keyed by chat, since message ids are
-- only unique within a chat. A row lives as long as the chat holds the article: /forget unlinks the chat's
-- articles, and the rows go with them.
CREATE TABLE brief_messages (
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,                   -- the transport's id of the sent message
    article_id INTEGER NOT NULL,
    sent_at    TEXT    NOT NULL,
    PRIMARY KEY (chat_id, message_id),
    FOREIGN KEY (chat_id, article_id) REFERENCES chat_articles (chat_id, article_id) ON DELETE CASCADE
);
