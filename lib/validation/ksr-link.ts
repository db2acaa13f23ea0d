import { z } from "zod";
import { VERIFICATION_CHANNELS } from "@/lib/domain/vocabulary";
import { isCivilDate, isLocalTime } from "@/lib/time";

export const linkKsrSchema = z.object({
  ceremonyId: z.uuid({ error: "Unknown ceremony." }),
  // Empty unlinks the ceremony from its KSR.
  documentId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.uuid({ error: "Choose a KSR from the list." }).optional()),
  // Ticked to link a KSR whose period does not follow the ceremony, after the warning.
  confirmPeriod: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export const verificationSchema = z.object({
  ceremonyId: z.uuid({ error: "Unknown ceremony." }),
  documentId: z.uuid({ error: "Unknown KSR." }),
  confirmedBy: z
    .string({ error: "Name who confirmed the hash." })
    .trim()
    .min(2, { error: "Name who confirmed the hash." })
    .max(120, { error: "Keep the name under 120 characters." }),
  channel: z.enum(VERIFICATION_CHANNELS, { error: "Choose how the hash was confirmed." }),
  date: z.string().trim().refine(isCivilDate, { error: "Enter the date as YYYY-MM-DD." }),
  time: z.string().trim().refine(isLocalTime, { error: "Enter the time as HH:MM (24-hour)." }),
  note: z
    .string()
    .trim()
    .max(500, { error: "Keep the note under 500 characters." })
    .optional()
    .transform((v) => (v ? v : undefined)),
  matched: z.literal("on", {
    error: "Record a verification only when every word matched. If any did not, do not sign this KSR.",
  }),
});
