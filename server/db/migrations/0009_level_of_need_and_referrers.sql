CREATE TABLE `enquiry_level_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`enquiry_id` text NOT NULL,
	`from_level` text,
	`to_level` text NOT NULL,
	`direction` text NOT NULL,
	`next_step` text NOT NULL,
	`lead_practitioner` text,
	`referral_by` text,
	`referral_on` text,
	`reason` text,
	`by` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`enquiry_id`) REFERENCES `enquiries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `consents` ADD `basis` text DEFAULT 'family-given' NOT NULL;--> statement-breakpoint
ALTER TABLE `consents` ADD `attested_by` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `level_of_need` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `next_step` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `consent_basis` text DEFAULT 'family-given' NOT NULL;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `referrer_agency` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `referrer_name` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `referrer_role` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `referrer_organisation` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `referrer_email` text;--> statement-breakpoint
ALTER TABLE `enquiries` ADD `referrer_phone` text;