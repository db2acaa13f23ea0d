CREATE TYPE "public"."assurance_level" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."contingency_cause" AS ENUM('quorum_not_met', 'quorum_at_risk', 'coverage_deadline', 'manual');--> statement-breakpoint
CREATE TYPE "public"."contingency_state" AS ENUM('open', 'acknowledged', 'option_chosen', 'executing', 'resolved', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('none', 'note', 'attachment');--> statement-breakpoint
CREATE TYPE "public"."step_status" AS ENUM('pending', 'done', 'skipped');--> statement-breakpoint
CREATE TABLE "contingencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"playbook_id" uuid NOT NULL,
	"playbook" jsonb NOT NULL,
	"playbook_name" text NOT NULL,
	"cause" "contingency_cause" NOT NULL,
	"cause_key" text NOT NULL,
	"ceremony_id" uuid,
	"reason" text NOT NULL,
	"deadline_at" timestamp with time zone,
	"state" "contingency_state" DEFAULT 'open' NOT NULL,
	"chosen_option" text,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"resolution_proposed_at" timestamp with time zone,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contingency_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contingency_id" uuid NOT NULL,
	"option_key" text NOT NULL,
	"step_key" text DEFAULT '' NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contingency_approvals_once" UNIQUE("contingency_id","option_key","step_key","person_id")
);
--> statement-breakpoint
CREATE TABLE "contingency_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contingency_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"kind" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contingency_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"coverage_threshold_days" integer DEFAULT 30 NOT NULL,
	"default_playbook_id" uuid
);
--> statement-breakpoint
CREATE TABLE "contingency_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contingency_id" uuid NOT NULL,
	"option_key" text NOT NULL,
	"step_key" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"owner_role" "person_role" NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"evidence" "evidence_kind" NOT NULL,
	"status" "step_status" DEFAULT 'pending' NOT NULL,
	"evidence_note" text,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"reminder_stage" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "contingency_steps_once" UNIQUE("contingency_id","option_key","step_key")
);
--> statement-breakpoint
CREATE TABLE "playbooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"assurance" "assurance_level" NOT NULL,
	"definition" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "playbooks_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "contingencies" ADD CONSTRAINT "contingencies_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingencies" ADD CONSTRAINT "contingencies_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingencies" ADD CONSTRAINT "contingencies_opened_by_people_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_approvals" ADD CONSTRAINT "contingency_approvals_contingency_id_contingencies_id_fk" FOREIGN KEY ("contingency_id") REFERENCES "public"."contingencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_approvals" ADD CONSTRAINT "contingency_approvals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_events" ADD CONSTRAINT "contingency_events_contingency_id_contingencies_id_fk" FOREIGN KEY ("contingency_id") REFERENCES "public"."contingencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_events" ADD CONSTRAINT "contingency_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_settings" ADD CONSTRAINT "contingency_settings_default_playbook_id_playbooks_id_fk" FOREIGN KEY ("default_playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_steps" ADD CONSTRAINT "contingency_steps_contingency_id_contingencies_id_fk" FOREIGN KEY ("contingency_id") REFERENCES "public"."contingencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_steps" ADD CONSTRAINT "contingency_steps_completed_by_people_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contingencies_one_open_per_cause" ON "contingencies" USING btree ("cause_key") WHERE "contingencies"."state" not in ('resolved', 'abandoned');--> statement-breakpoint
CREATE INDEX "contingencies_state_idx" ON "contingencies" USING btree ("state");--> statement-breakpoint
CREATE INDEX "contingency_events_contingency_idx" ON "contingency_events" USING btree ("contingency_id","at");--> statement-breakpoint
INSERT INTO "contingency_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
