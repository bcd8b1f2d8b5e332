CREATE TABLE `bus_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`origin` text NOT NULL,
	`event` text NOT NULL,
	`args` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `bus_events_at_idx` ON `bus_events` (`at`);--> statement-breakpoint
CREATE TABLE `presence` (
	`id` text PRIMARY KEY NOT NULL,
	`process` text NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`name` text,
	`locality` text,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `presence_process_idx` ON `presence` (`process`);--> statement-breakpoint
CREATE INDEX `presence_expires_idx` ON `presence` (`expires_at`);