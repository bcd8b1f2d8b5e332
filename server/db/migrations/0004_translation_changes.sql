CREATE TABLE `translation_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`language` text NOT NULL,
	`namespace` text NOT NULL,
	`key` text NOT NULL,
	`base_text` text,
	`base_review` text,
	`old_text` text,
	`new_text` text NOT NULL,
	`review` text NOT NULL,
	`source_hash` text NOT NULL,
	`author_id` text NOT NULL,
	`changed_by` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`changed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `translation_changes_key_idx` ON `translation_changes` (`language`,`namespace`,`key`);