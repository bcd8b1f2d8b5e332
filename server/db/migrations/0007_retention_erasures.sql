CREATE TABLE `erasures` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`enquiry_references` text NOT NULL,
	`reason` text NOT NULL,
	`erased_by` text NOT NULL,
	`erased_at` text NOT NULL,
	`kept_safeguarding` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `erasures_conversation_idx` ON `erasures` (`conversation_id`);