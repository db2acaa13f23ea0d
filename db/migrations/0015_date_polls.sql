CREATE TYPE "public"."poll_mark" AS ENUM('yes', 'if_need_be', 'no');--> statement-breakpoint
CREATE TYPE "public"."poll_status" AS ENUM('open', 'decided', 'withdrawn');--> statement-breakpoint
CREATE TABLE "date_poll_answers" (
	"poll_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "date_poll_answers_poll_id_invitation_id_pk" PRIMARY KEY("poll_id","invitation_id")
);
--> statement-breakpoint
CREATE TABLE "date_poll_marks" (
	"option_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"mark" "poll_mark" NOT NULL,
	CONSTRAINT "date_poll_marks_option_id_invitation_id_pk" PRIMARY KEY("option_id","invitation_id")
);
--> statement-breakpoint
CREATE TABLE "date_poll_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"poll_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	CONSTRAINT "date_poll_options_once" UNIQUE("poll_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "date_polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ceremony_id" uuid NOT NULL,
	"status" "poll_status" DEFAULT 'open' NOT NULL,
	"duration_minutes" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"chosen_option_id" uuid
);
--> statement-breakpoint
ALTER TABLE "date_poll_answers" ADD CONSTRAINT "date_poll_answers_poll_id_date_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."date_polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_poll_answers" ADD CONSTRAINT "date_poll_answers_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_poll_marks" ADD CONSTRAINT "date_poll_marks_option_id_date_poll_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."date_poll_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_poll_marks" ADD CONSTRAINT "date_poll_marks_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_poll_marks" ADD CONSTRAINT "date_poll_marks_poll_id_date_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."date_polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_poll_options" ADD CONSTRAINT "date_poll_options_poll_id_date_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."date_polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_polls" ADD CONSTRAINT "date_polls_ceremony_id_ceremonies_id_fk" FOREIGN KEY ("ceremony_id") REFERENCES "public"."ceremonies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_polls" ADD CONSTRAINT "date_polls_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "date_polls" ADD CONSTRAINT "date_polls_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "date_poll_marks_poll_idx" ON "date_poll_marks" USING btree ("poll_id");--> statement-breakpoint
CREATE UNIQUE INDEX "date_polls_one_open_per_ceremony" ON "date_polls" USING btree ("ceremony_id") WHERE "date_polls"."status" = 'open';