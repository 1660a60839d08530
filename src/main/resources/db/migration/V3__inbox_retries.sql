-- Retries of failed work. failures counts the tries that ended in an error (so attempts - failures counts the tries
-- a crash cut short); next_attempt_at is when a failed row may be tried again; notice_owed is 1 while the user of a
-- row given up on has not yet been told.
ALTER TABLE inbox ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE inbox ADD COLUMN notice_owed INTEGER NOT NULL DEFAULT 0;
