CREATE TABLE "erasures" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"enquiry_references" jsonb NOT NULL,
	"reason" text NOT NULL,
	"erased_by" text NOT NULL,
	"erased_at" text NOT NULL,
	"kept_safeguarding" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "erasures_conversation_idx" ON "erasures" USING btree ("conversation_id");