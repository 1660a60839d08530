-- The "reading…" message sent for an update, so that after a crash the brief edits that message
-- instead of leaving it on screen and sending a second placeholder.
ALTER TABLE inbox ADD COLUMN placeholder_message_id INTEGER;
