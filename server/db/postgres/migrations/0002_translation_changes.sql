CREATE TABLE "translation_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"language" text NOT NULL,
	"namespace" text NOT NULL,
	"key" text NOT NULL,
	"base_text" text,
	"base_review" text,
	"old_text" text,
	"new_text" text NOT NULL,
	"review" text NOT NULL,
	"source_hash" text NOT NULL,
	"author_id" text NOT NULL,
	"changed_by" text NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "translation_changes" ADD CONSTRAINT "translation_changes_changed_by_staff_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "translation_changes_key_idx" ON "translation_changes" USING btree ("language","namespace","key");