ALTER TABLE "email_messages" ALTER COLUMN "html" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_messages" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "event" text;--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "props" jsonb DEFAULT '{}'::jsonb NOT NULL;