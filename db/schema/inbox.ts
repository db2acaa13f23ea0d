import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./auth";

// The in-app inbox: one row per notice a person receives, written by the inbox channel in the same
// transaction as the change (lib/services/notify/inbox-channel.ts).
export const inboxItems = pgTable(
  "inbox_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    // What happened ("verdict.changed"), as the notification names it.
    event: text("event").notNull(),
    // The notification's key and the person: a re-run or a retry never files a notice twice.
    deliveryKey: text("delivery_key").notNull().unique(),
    title: text("title").notNull(),
    // The page the notice is about, as a path of this app; null when there is none.
    path: text("path"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("inbox_items_person_idx").on(t.personId, t.createdAt)],
);
