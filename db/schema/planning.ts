import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "./auth";
import { ceremonies } from "./ceremonies";
import { ceremonyKind, ceremonyRole, ceremonyStatus, invitationResponse, restrictionKind } from "./enums";
import { credentialSets } from "./facilities";

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** A requirement as templates store it; a ceremony copies them into ceremony_requirements. */
export interface TemplateRequirement {
  role: (typeof ceremonyRole.enumValues)[number];
  credentialSetId: string | null;
  min: number;
}

// Ceremony kinds with their usual length and the people they need.
export const ceremonyTemplates = pgTable("ceremony_templates", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  kind: ceremonyKind("kind").notNull(),
  durationMinutes: integer("duration_minutes").notNull().default(240),
  requirements: jsonb("requirements").$type<TemplateRequirement[]>().notNull().default([]),
  version: integer("version").notNull().default(1),
  createdAt: instant("created_at").notNull().defaultNow(),
});

export const ceremonyRequirements = pgTable(
  "ceremony_requirements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ceremonyId: uuid("ceremony_id")
      .notNull()
      .references(() => ceremonies.id, { onDelete: "cascade" }),
    role: ceremonyRole("role").notNull(),
    credentialSetId: uuid("credential_set_id").references(() => credentialSets.id),
    min: integer("min").notNull(),
  },
  (t) => [
    index("ceremony_requirements_ceremony_idx").on(t.ceremonyId),
    check("ceremony_requirements_min", sql`${t.min} >= 1`),
  ],
);

// One row per person invited to a ceremony; their answer, note and where they travel from.
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ceremonyId: uuid("ceremony_id")
      .notNull()
      .references(() => ceremonies.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    response: invitationResponse("response").notNull().default("no_answer"),
    // The answer given before the ceremony moved; set while that answer waits to be re-confirmed.
    previousResponse: invitationResponse("previous_response"),
    note: text("note"),
    travelOrigin: text("travel_origin"),
    respondedAt: instant("responded_at"),
    invitedAt: instant("invited_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    unique("invitations_once").on(t.ceremonyId, t.personId),
    index("invitations_person_idx").on(t.personId),
    // A re-confirmation is pending only while the current answer is still open.
    check(
      "invitations_reconfirm",
      sql`${t.previousResponse} is null or (${t.response} = 'no_answer' and ${t.previousResponse} <> 'no_answer')`,
    ),
  ],
);

// Inclusive calendar dates on which someone cannot attend (read in the facility's zone).
export const unavailability = pgTable(
  "unavailability",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }).notNull(),
    note: text("note"),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("unavailability_person_idx").on(t.personId),
    check("unavailability_order", sql`${t.fromDate} <= ${t.toDate}`),
  ],
);

export const travelRestrictions = pgTable(
  "travel_restrictions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromCountry: text("from_country").notNull(),
    toCountry: text("to_country").notNull(),
    kind: restrictionKind("kind").notNull(),
    quarantineDays: integer("quarantine_days"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    exempt: text("exempt").array().notNull().default(sql`'{}'`),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("travel_restrictions_to_idx").on(t.toCountry),
    check("travel_restrictions_order", sql`${t.startDate} <= ${t.endDate}`),
    check(
      "travel_restrictions_quarantine",
      sql`(${t.kind} = 'quarantine') = (${t.quarantineDays} is not null) and coalesce(${t.quarantineDays}, 1) between 1 and 60`,
    ),
  ],
);

// Every lifecycle step of a ceremony with its reason: the history coordinators and auditors read.
export const ceremonyTransitions = pgTable(
  "ceremony_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ceremonyId: uuid("ceremony_id")
      .notNull()
      .references(() => ceremonies.id, { onDelete: "cascade" }),
    fromStatus: ceremonyStatus("from_status"),
    toStatus: ceremonyStatus("to_status").notNull(),
    reason: text("reason").notNull(),
    // What moved with this entry, e.g. "Start: … → …"; empty for a status change alone.
    changes: text("changes").array().notNull().default(sql`'{}'`),
    actorId: uuid("actor_id").references(() => people.id),
    at: instant("at").notNull().defaultNow(),
  },
  (t) => [index("ceremony_transitions_ceremony_idx").on(t.ceremonyId)],
);

// A personal calendar feed: only the token's hash is stored; revoking sets revoked_at.
export const calendarFeeds = pgTable("calendar_feeds", {
  id: uuid("id").primaryKey().defaultRandom(),
  personId: uuid("person_id")
    .notNull()
    .references(() => people.id),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: instant("created_at").notNull().defaultNow(),
  revokedAt: instant("revoked_at"),
});

// Organisation-wide planning settings (a single row, id = 1).
export const planningSettings = pgTable(
  "planning_settings",
  {
    id: integer("id").primaryKey().default(1),
    announceDays: integer("announce_days").notNull().default(120),
    rsvpDays: integer("rsvp_days").notNull().default(75),
    travelRequestDays: integer("travel_request_days").notNull().default(60),
    safetyMargin: integer("safety_margin").notNull().default(1),
    remoteRoles: ceremonyRole("remote_roles").array().notNull().default(sql`'{}'`),
  },
  (t) => [check("planning_settings_single", sql`${t.id} = 1`)],
);
