import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { people } from "./auth";
import { credentialKind, seatStatus } from "./enums";

export const facilities = pgTable("facilities", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  city: text("city").notNull(),
  country: text("country").notNull(),
  timeZone: text("time_zone").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

// m-of-n: the HSM is activated by `threshold` of the `size` credentials in the set.
export const credentialSets = pgTable(
  "credential_sets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => facilities.id),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: credentialKind("kind").notNull(),
    threshold: integer("threshold").notNull(),
    size: integer("size").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [check("credential_sets_m_of_n", sql`${t.threshold} >= 1 and ${t.threshold} <= ${t.size}`)],
);

export const credentialSeats = pgTable(
  "credential_seats",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    setId: uuid("set_id")
      .notNull()
      .references(() => credentialSets.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    label: text("label").notNull(),
    status: seatStatus("status").notNull(),
  },
  (t) => [
    unique("credential_seats_label").on(t.setId, t.label),
    unique("credential_seats_holder").on(t.setId, t.personId),
  ],
);
