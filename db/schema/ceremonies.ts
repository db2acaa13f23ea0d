import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ceremonyKind, ceremonyStatus, verdict } from "./enums";
import { facilities } from "./facilities";

export const ceremonies = pgTable(
  "ceremonies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    label: text("label").notNull().unique(),
    kind: ceremonyKind("kind").notNull(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    // The facility's zone at planning time, so local times stay right if the facility record changes.
    timeZone: text("time_zone").notNull(),
    standbyDate: date("standby_date", { mode: "string" }),
    status: ceremonyStatus("status").notNull().default("proposed"),
    agenda: jsonb("agenda").$type<string[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    // The verdict last announced to coordinators; a change to it sends them a notice.
    lastVerdict: verdict("last_verdict"),
    templateId: uuid("template_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ceremonies_starts_at_idx").on(t.startsAt),
    check("ceremonies_duration", sql`${t.durationMinutes} between 15 and 1440`),
  ],
);
