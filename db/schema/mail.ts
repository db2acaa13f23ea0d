import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { emailStatus } from "./enums";

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64 of the file's bytes. */
  content: string;
}

// The outbox: written in the same transaction as the change that causes the mail; a job delivers it.
export const emailMessages = pgTable(
  "email_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    template: text("template").notNull(),
    to: text("to").notNull(),
    // What happened ("verdict.changed"): the notification this message delivers on the email channel.
    event: text("event"),
    subject: text("subject").notNull(),
    // The template's props: the worker renders html and text from them when it delivers the message, so
    // no request transaction renders mail. Both stay null until then.
    props: jsonb("props").$type<Record<string, unknown>>().notNull().default({}),
    html: text("html"),
    text: text("text"),
    // Props kept out of html/text (a sign-in link), sealed under a key derived from AUTH_SECRET; cleared
    // once a provider has the message, so the outbox never holds a usable token in the clear.
    sealedProps: text("sealed_props"),
    attachments: jsonb("attachments").$type<EmailAttachment[]>().notNull().default([]),
    status: emailStatus("status").notNull().default("queued"),
    transport: text("transport"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("email_messages_created_idx").on(t.createdAt), index("email_messages_to_idx").on(t.to)],
);

// Fixed-window counters kept in the database so every app instance sees the same limits.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
