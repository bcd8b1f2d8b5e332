-- Full-text search over the family's words (server/conversation-search): an FTS5 index whose text
-- lives in family_words (external content), kept in step by triggers. unicode61 without removing
-- diacritics matches PostgreSQL's 'simple' configuration, so both dialects find the same words.
CREATE VIRTUAL TABLE `family_words_fts` USING fts5(body, content='family_words', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `family_words_fts_insert` AFTER INSERT ON `family_words` BEGIN
  INSERT INTO `family_words_fts` (rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `family_words_fts_delete` AFTER DELETE ON `family_words` BEGIN
  INSERT INTO `family_words_fts` (`family_words_fts`, rowid, body) VALUES ('delete', old.id, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `family_words_fts_update` AFTER UPDATE ON `family_words` BEGIN
  INSERT INTO `family_words_fts` (`family_words_fts`, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO `family_words_fts` (rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
-- Words families typed before this migration.
INSERT INTO `family_words` (`message_id`, `conversation_id`, `body`)
  SELECT `id`, `conversation_id`, json_extract(`content`, '$.text') FROM `messages`
  WHERE `author` = 'family' AND json_extract(`content`, '$.kind') = 'text' ORDER BY `conversation_id`, `seq`;
