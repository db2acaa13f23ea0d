CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_count" bigint NOT NULL,
	"head_id" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"signed_at" timestamp (3) with time zone NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"requested_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "sealed_props" text;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_head_idx" ON "audit_checkpoints" USING btree ("head_id");