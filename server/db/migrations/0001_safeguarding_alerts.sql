CREATE TABLE `safeguarding_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`locality` text NOT NULL,
	`severity` text NOT NULL,
	`category` text,
	`first_trigger_id` text NOT NULL,
	`trigger_count` integer DEFAULT 1 NOT NULL,
	`out_of_hours` integer NOT NULL,
	`raised_at` text NOT NULL,
	`last_trigger_at` text NOT NULL,
	`acknowledged_by` text,
	`acknowledged_at` text,
	`action` text,
	`reason` text,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`acknowledged_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safeguarding_alerts_conversation_idx` ON `safeguarding_alerts` (`conversation_id`);--> statement-breakpoint
CREATE INDEX `safeguarding_alerts_open_idx` ON `safeguarding_alerts` (`acknowledged_at`);--> statement-breakpoint
ALTER TABLE `safeguarding_triggers` ADD `category` text;--> statement-breakpoint
ALTER TABLE `safeguarding_triggers` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `safeguarding_triggers` ADD `matched_text` text;--> statement-breakpoint
ALTER TABLE `safeguarding_triggers` ADD `match_start` integer;--> statement-breakpoint
ALTER TABLE `safeguarding_triggers` ADD `match_end` integer;