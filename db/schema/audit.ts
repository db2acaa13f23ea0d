import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE; each row hashes the previous row's hash.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    requestId: text("request_id"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_events_occurred_idx").on(t.occurredAt),
    index("audit_events_action_idx").on(t.action),
    index("audit_events_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

// Signed statements of the trail's length and head (lib/domain/audit-checkpoint.ts). Append-only too.
export const auditCheckpoints = pgTable(
  "audit_checkpoints",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    eventCount: bigint("event_count", { mode: "number" }).notNull(),
    headId: bigint("head_id", { mode: "number" }).notNull(),
    headHash: text("head_hash").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
    signature: text("signature").notNull(),
    keyId: text("key_id").notNull(),
    /** Who asked for it: a person's email, or "schedule". */
    requestedBy: text("requested_by").notNull(),
  },
  (t) => [index("audit_checkpoints_head_idx").on(t.headId)],
);
