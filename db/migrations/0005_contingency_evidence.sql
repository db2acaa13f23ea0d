CREATE TYPE "public"."evidence_media_type" AS ENUM('application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv');--> statement-breakpoint
CREATE TABLE "contingency_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contingency_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" "evidence_media_type" NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contingency_evidence_once" UNIQUE("step_id","sha256"),
	CONSTRAINT "contingency_evidence_size" CHECK ("contingency_evidence"."byte_size" > 0 and "contingency_evidence"."byte_size" = octet_length("contingency_evidence"."content")),
	CONSTRAINT "contingency_evidence_sha256" CHECK ("contingency_evidence"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "contingency_evidence" ADD CONSTRAINT "contingency_evidence_contingency_id_contingencies_id_fk" FOREIGN KEY ("contingency_id") REFERENCES "public"."contingencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_evidence" ADD CONSTRAINT "contingency_evidence_step_id_contingency_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."contingency_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contingency_evidence" ADD CONSTRAINT "contingency_evidence_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contingency_evidence_contingency_idx" ON "contingency_evidence" USING btree ("contingency_id","step_id");