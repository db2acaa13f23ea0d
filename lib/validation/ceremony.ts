import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { CEREMONY_KINDS, CEREMONY_STATUSES } from "@/lib/domain/vocabulary";
import { isCivilDate, isLocalTime } from "@/lib/time";

export const civilDate = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .refine(isCivilDate, { error: `Enter the ${label} as YYYY-MM-DD.` });

const optionalCivilDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isCivilDate(v), { error: `Enter the ${label} as YYYY-MM-DD.` });

/** Agenda lines from a textarea: one item per line, blank lines dropped. */
const agenda = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(300, { error: "Keep each agenda item under 300 characters." })).max(60));

export const localTime = z
  .string()
  .trim()
  .refine(isLocalTime, { error: "Enter the start time as HH:MM (24-hour)." });

export const ceremonyDetailsSchema = z.object({
  label: z
    .string({ error: "Enter a label." })
    .trim()
    .min(2, { error: "Enter a label such as KC41." })
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, { error: "Use letters, digits, spaces, dots, dashes." }),
  kind: z.enum(CEREMONY_KINDS, { error: "Choose a kind." }),
  facilityId: z.uuid({ error: "Choose a facility." }),
  date: civilDate("date"),
  time: localTime,
  durationMinutes: z.coerce
    .number({ error: "Enter the duration in minutes." })
    .int()
    .min(15, { error: "A ceremony lasts at least 15 minutes." })
    .max(1440, { error: "A ceremony lasts at most 24 hours." }),
  standbyDate: optionalCivilDate("standby date"),
  agenda,
});

export const createCeremonySchema = ceremonyDetailsSchema.extend({
  templateId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.uuid({ error: "Choose a template." }).optional()),
});

export const updateCeremonySchema = ceremonyDetailsSchema.extend({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});

export const transitionSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  to: z.enum(CEREMONY_STATUSES, { error: "Choose the new status." }),
  reason: z
    .string({ error: "Give a reason." })
    .trim()
    .min(3, { error: "Give a reason (it is kept in the history)." })
    .max(1000),
});

export const requirementsSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  requirements: z
    .array(
      z.object({
        role: z.enum(ROLES, { error: "Choose a role." }),
        credentialSetId: z
          .string()
          .optional()
          .transform((v) => (v ? v : undefined))
          .pipe(z.uuid().optional()),
        min: z.coerce.number({ error: "Enter a number." }).int().min(1, { error: "At least 1." }).max(50),
      }),
    )
    .max(20),
});

/** "Remind now": the ceremony whose open invitations get a reminder. */
export const remindSchema = z.object({ id: z.uuid() });

export const inviteSchema = z.object({
  id: z.uuid(),
  personIds: z
    .array(z.uuid({ error: "Unknown person." }))
    .min(1, { error: "Choose at least one person." })
    .max(500),
});

export type CeremonyDetails = z.output<typeof ceremonyDetailsSchema>;
