CREATE TYPE "public"."ceremony_role" AS ENUM('crypto_officer', 'recovery_key_shareholder', 'ceremony_administrator', 'internal_witness', 'safe_security_controller', 'system_administrator', 'external_witness', 'auditor');--> statement-breakpoint
CREATE TYPE "public"."invitation_response" AS ENUM('attending', 'if_need_be', 'remote_only', 'declined', 'no_answer');--> statement-breakpoint
CREATE TYPE "public"."restriction_kind" AS ENUM('entry_ban', 'quarantine');--> statement-breakpoint
CREATE TYPE "public"."verdict" AS ENUM('met', 'at_risk', 'not_met');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "ceremony_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ceremony_id" uuid NOT NULL,
	"role" "ceremony_role" NOT NULL,
	"credential_set_id" uuid,
	"min" integer NOT NULL,
	CONSTRAINT "ceremony_requirements_min" CHECK ("ceremony_requirements"."min" >= 1)
);
--> statement-breakpoint
CREATE TABLE "ceremony_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "ceremony_kind" NOT NULL,
	"duration_minutes" integer DEFAULT 240 NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ceremony_templates_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "ceremony_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ceremony_id" uuid NOT NULL,
	"from_status" "ceremony_status",
	"to_status" "ceremony_status" NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ceremony_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"response" "invitation_response" DEFAULT 'no_answer' NOT NULL,
	"note" text,
	"travel_origin" text,
	"responded_at" timestamp with time zone,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "invitations_once" UNIQUE("ceremony_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "planning_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"announce_days" integer DEFAULT 120 NOT NULL,
	"rsvp_days" integer DEFAULT 75 NOT NULL,
	"travel_request_days" integer DEFAULT 60 NOT NULL,
	"safety_margin" integer DEFAULT 1 NOT NULL,
	"remote_roles" "ceremony_role"[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "planning_settings_single" CHECK ("planning_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "travel_restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_country" text NOT NULL,
	"to_country" text NOT NULL,
	"kind" "restriction_kind" NOT NULL,
	"quarantine_days" integer,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"exempt" text[] DEFAULT '{}' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "travel_restrictions_order" CHECK ("travel_restrictions"."start_date" <= "travel_restrictions"."end_date"),
	CONSTRAINT "travel_restrictions_quarantine" CHECK (("travel_restrictions"."kind" = 'quarantine') = ("travel_restrictions"."quarantine_days" is not null) and coalesce("travel_restrictions"."quarantine_days", 1) between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "unavailability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unavailability_order" CHECK ("unavailability"."from_date" <= "unavailability"."to_date")
);
--> statement-breakpoint
ALTER TABLE "ceremonies" ADD COLUMN "last_verdict" "verdict";--> statement-breakpoint
ALTER TABLE "ceremonies" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_requirements" ADD CONSTRAINT "ceremony_requirements_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_requirements" ADD CONSTRAINT "ceremony_requirements_credential_set_id_credential_sets_id_fk" FOREIGN KEY ("credential_set_id") REFERENCES "public"."credential_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_transitions" ADD CONSTRAINT "ceremony_transitions_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremony_transitions" ADD CONSTRAINT "ceremony_transitions_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unavailability" ADD CONSTRAINT "unavailability_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ceremony_requirements_ceremony_idx" ON "ceremony_requirements" USING btree ("ceremony_id");--> statement-breakpoint
CREATE INDEX "ceremony_transitions_ceremony_idx" ON "ceremony_transitions" USING btree ("ceremony_id");--> statement-breakpoint
CREATE INDEX "invitations_person_idx" ON "invitations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "travel_restrictions_to_idx" ON "travel_restrictions" USING btree ("to_country");--> statement-breakpoint
CREATE INDEX "unavailability_person_idx" ON "unavailability" USING btree ("person_id");--> statement-breakpoint
INSERT INTO "planning_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
