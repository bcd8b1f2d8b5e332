CREATE TABLE "enquiry_level_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"enquiry_id" text NOT NULL,
	"from_level" text,
	"to_level" text NOT NULL,
	"direction" text NOT NULL,
	"next_step" text NOT NULL,
	"lead_practitioner" text,
	"referral_by" text,
	"referral_on" text,
	"reason" text,
	"by" text NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "basis" text DEFAULT 'family-given' NOT NULL;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "attested_by" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "level_of_need" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "next_step" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "consent_basis" text DEFAULT 'family-given' NOT NULL;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "referrer_agency" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "referrer_name" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "referrer_role" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "referrer_organisation" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "referrer_email" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD COLUMN "referrer_phone" text;--> statement-breakpoint
ALTER TABLE "enquiry_level_changes" ADD CONSTRAINT "enquiry_level_changes_enquiry_id_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."enquiries"("id") ON DELETE no action ON UPDATE no action;