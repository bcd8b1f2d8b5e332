-- Full-text search over the family's words (server/conversation-search). The 'simple' configuration
-- lower-cases without stemming or stop words: families write in many languages, and SQLite's FTS5
-- (unicode61) finds the same words.
CREATE INDEX "family_words_body_search_idx" ON "family_words" USING gin (to_tsvector('simple', "body"));
--> statement-breakpoint
-- Words families typed before this migration.
INSERT INTO "family_words" ("message_id", "conversation_id", "body")
  SELECT "id", "conversation_id", "content" ->> 'text' FROM "messages"
  WHERE "author" = 'family' AND "content" ->> 'kind' = 'text' ORDER BY "conversation_id", "seq";
