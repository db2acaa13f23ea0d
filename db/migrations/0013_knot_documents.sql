CREATE TYPE "public"."document_format" AS ENUM('iana-xml', 'knot-text');--> statement-breakpoint
ALTER TABLE "signing_documents" ALTER COLUMN "document_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signing_documents" ALTER COLUMN "serial" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signing_documents" ADD COLUMN "format" "document_format" DEFAULT 'iana-xml' NOT NULL;