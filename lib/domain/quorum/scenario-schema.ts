import { z } from "zod";
import { civilToDayNumber, isCivilDate, isIsoInstant, isLocalTime, isValidTimeZone } from "@/lib/time";
import { ROLES } from "../roles";
import { COUNTRY_CODES } from "./countries";
import { RESPONSES } from "./vocabulary";

// The JSON planning scenario (README, "Command line"). One adapter among others: the app builds the same domain
// input from the database, so only this file knows the JSON shape.

const country = z.enum(COUNTRY_CODES, { error: "must be an ISO 3166-1 alpha-2 country code (e.g. US, SE)" });
const civilDate = z.string().refine(isCivilDate, "must be a calendar date YYYY-MM-DD");
const instant = z.string().refine(isIsoInstant, "must be an ISO 8601 date-time with Z or an offset");
const role = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export const dateRangeSchema = z
  .object({ from: civilDate, to: civilDate })
  .refine((range) => !isCivilDate(range.from) || !isCivilDate(range.to) || range.from <= range.to, {
    message: "from must not be after to",
    path: ["to"],
  });

export const facilitySchema = z.object({
  code: z.string().min(1),
  country,
  timeZone: z.string().refine(isValidTimeZone, "must be an IANA time zone name (e.g. America/New_York)"),
});

const restrictionBase = {
  from: z.union([z.literal("*"), country]),
  to: country,
  start: civilDate,
  end: civilDate,
  exempt: z.array(country).default([]),
};

const restrictionSchema = z
  .discriminatedUnion("kind", [
    z.object({ ...restrictionBase, kind: z.literal("entry_ban") }),
    z.object({ ...restrictionBase, kind: z.literal("quarantine"), days: z.number().int().min(1).max(365) }),
  ])
  .refine((r) => !isCivilDate(r.start) || !isCivilDate(r.end) || r.start <= r.end, {
    message: "start must not be after end",
    path: ["end"],
  });

export const requirementSchema = z.object({
  role,
  credentialSet: z.string().min(1).optional(),
  min: z.number().int().min(1).max(1000),
});

const personSchema = z.object({
  id: z.string().min(1),
  roles: z.array(role),
  /** Sets in which the person holds an ACTIVE seat (backups are promoted by the app first). */
  credentialSets: z.array(z.string().min(1)).default([]),
  homeCountry: country,
  travelOrigin: country.optional(),
  response: z.enum(RESPONSES, { error: `must be one of ${RESPONSES.join(", ")}` }),
  unavailable: z.array(dateRangeSchema).default([]),
});

export const setupSchema = z.object({
  requirements: z.array(requirementSchema).min(1),
  people: z.array(personSchema).superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach((person, index) => {
      if (seen.has(person.id))
        ctx.addIssue({ code: "custom", message: "duplicate person id", path: [index, "id"] });
      seen.add(person.id);
    });
  }),
  travelRestrictions: z.array(restrictionSchema).default([]),
  policy: z.object({ remoteRoles: z.array(role).default([]) }).default({ remoteRoles: [] }),
});

export const scenarioSchema = setupSchema.extend({
  ceremony: z.object({
    facility: facilitySchema,
    start: instant,
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    standbyDate: civilDate.optional(),
  }),
});

/** Another ceremony on the calendar: its facility's days are taken, its people are away those days. */
const busySchema = z
  .object({
    label: z.string().min(1).optional(),
    facility: z.string().min(1),
    start: instant,
    end: instant,
    standbyDate: civilDate.optional(),
    people: z.array(z.string().min(1)).default([]),
  })
  .refine((b) => !isIsoInstant(b.start) || !isIsoInstant(b.end) || Date.parse(b.start) < Date.parse(b.end), {
    message: "end must be after start",
    path: ["end"],
  });

export const dateSearchSchema = setupSchema.extend({
  facility: facilitySchema,
  window: dateRangeSchema.refine(
    (range) =>
      !isCivilDate(range.from) ||
      !isCivilDate(range.to) ||
      civilToDayNumber(range.to) - civilToDayNumber(range.from) <= 3660,
    "window must span at most ten years",
  ),
  localStartTime: z.string().refine(isLocalTime, "must be a local time HH:mm"),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  blackout: z
    .object({ weekdaysOnly: z.boolean().default(false), holidays: z.array(civilDate).default([]) })
    .default({ weekdaysOnly: false, holidays: [] }),
  /** Candidates starting after this instant are too late (e.g. the latest useful start). */
  notAfter: instant.optional(),
  busy: z.array(busySchema).max(100_000).default([]),
});

export type ScenarioJson = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type DateSearchJson = z.input<typeof dateSearchSchema>;
export type DateSearch = z.output<typeof dateSearchSchema>;
