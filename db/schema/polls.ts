import { sql } from "drizzle-orm";
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "./auth";
import { ceremonies } from "./ceremonies";
import { pollMark, pollStatus } from "./enums";
import { invitations } from "./planning";

const instant = (name: string) => timestamp(name, { withTimezone: true });

// A date poll for a ceremony being planned: a few candidate starts, each invitee's mark on each.
export const datePolls = pgTable(
  "date_polls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ceremonyId: uuid("ceremony_id")
      .notNull()
      .references(() => ceremonies.id, { onDelete: "cascade" }),
    status: pollStatus("status").notNull().default("open"),
    // The ceremony's length when the poll opened: every candidate is checked for that long.
    durationMinutes: integer("duration_minutes").notNull(),
    createdBy: uuid("created_by").references(() => people.id),
    createdAt: instant("created_at").notNull().defaultNow(),
    closedBy: uuid("closed_by").references(() => people.id),
    closedAt: instant("closed_at"),
    chosenOptionId: uuid("chosen_option_id"),
  },
  (t) => [uniqueIndex("date_polls_one_open_per_ceremony").on(t.ceremonyId).where(sql`${t.status} = 'open'`)],
);

export const datePollOptions = pgTable(
  "date_poll_options",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pollId: uuid("poll_id")
      .notNull()
      .references(() => datePolls.id, { onDelete: "cascade" }),
    startsAt: instant("starts_at").notNull(),
  },
  (t) => [unique("date_poll_options_once").on(t.pollId, t.startsAt)],
);

// One invitee's answer to a poll: their note, and a version so a stale form cannot overwrite it.
export const datePollAnswers = pgTable(
  "date_poll_answers",
  {
    pollId: uuid("poll_id")
      .notNull()
      .references(() => datePolls.id, { onDelete: "cascade" }),
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    note: text("note"),
    version: integer("version").notNull().default(1),
    answeredAt: instant("answered_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.invitationId] })],
);

export const datePollMarks = pgTable(
  "date_poll_marks",
  {
    optionId: uuid("option_id")
      .notNull()
      .references(() => datePollOptions.id, { onDelete: "cascade" }),
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    pollId: uuid("poll_id")
      .notNull()
      .references(() => datePolls.id, { onDelete: "cascade" }),
    mark: pollMark("mark").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.optionId, t.invitationId] }),
    index("date_poll_marks_poll_idx").on(t.pollId),
  ],
);
