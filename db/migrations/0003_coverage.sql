CREATE TYPE "public"."deadline_kind" AS ENUM('next_needed_by', 'coverage_end');--> statement-breakpoint
CREATE TYPE "public"."document_type" AS ENUM('KSR', 'SKR');--> statement-breakpoint
CREATE TYPE "public"."verification_channel" AS ENUM('phone', 'video_call', 'in_person', 'signed_email', 'other');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "ceremony_ksrs" (
	"ceremony_id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"linked_by" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_alerts_sent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deadline" "deadline_kind" NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"threshold_days" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipients" integer NOT NULL,
	CONSTRAINT "coverage_alerts_sent_once" UNIQUE("deadline","deadline_at","threshold_days")
);
--> statement-breakpoint
CREATE TABLE "coverage_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"processing_margin_days" integer DEFAULT 14 NOT NULL,
	"alert_days" integer[] DEFAULT '{90,60,30,14,7,3,1}' NOT NULL,
	"widen_days" integer DEFAULT 14 NOT NULL,
	CONSTRAINT "coverage_settings_single" CHECK ("coverage_settings"."id" = 1),
	CONSTRAINT "coverage_settings_margin" CHECK ("coverage_settings"."processing_margin_days" between 0 and 365),
	CONSTRAINT "coverage_settings_widen" CHECK ("coverage_settings"."widen_days" between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "ksr_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ceremony_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"confirmed_by" text NOT NULL,
	"channel" "verification_channel" NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "document_type" NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" text NOT NULL,
	"document_id" text NOT NULL,
	"serial" integer NOT NULL,
	"domain" text NOT NULL,
	"first_inception" timestamp with time zone NOT NULL,
	"last_expiration" timestamp with time zone NOT NULL,
	"bundles" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"error_count" integer NOT NULL,
	"warning_count" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signing_documents_sha256_unique" UNIQUE("sha256")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_ksrs" ADD CONSTRAINT "ceremony_ksrs_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_ksrs" ADD CONSTRAINT "ceremony_ksrs_document_id_signing_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."signing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_ksrs" ADD CONSTRAINT "ceremony_ksrs_linked_by_people_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ksr_verifications" ADD CONSTRAINT "ksr_verifications_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ksr_verifications" ADD CONSTRAINT "ksr_verifications_document_id_signing_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."signing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ksr_verifications" ADD CONSTRAINT "ksr_verifications_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_documents" ADD CONSTRAINT "signing_documents_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_person_idx" ON "api_tokens" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "ksr_verifications_ceremony_idx" ON "ksr_verifications" USING btree ("ceremony_id");--> statement-breakpoint
CREATE INDEX "signing_documents_type_idx" ON "signing_documents" USING btree ("type","first_inception");--> statement-breakpoint
INSERT INTO "coverage_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
