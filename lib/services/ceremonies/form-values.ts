import "server-only";
import type { CeremonyRow } from "@/lib/queries/planning/load-quorum";
import { formatInZone } from "@/lib/time/format";

/** A ceremony as its edit form shows it (facility-local date and time), also sent back on a conflict. */
export function ceremonyFormValues(ceremony: CeremonyRow) {
  return {
    id: ceremony.id,
    version: ceremony.version,
    label: ceremony.label,
    kind: ceremony.kind,
    facilityId: ceremony.facilityId,
    date: formatInZone(ceremony.startsAt, ceremony.timeZone, "yyyy-MM-dd"),
    time: formatInZone(ceremony.startsAt, ceremony.timeZone, "HH:mm"),
    durationMinutes: ceremony.durationMinutes,
    standbyDate: ceremony.standbyDate ?? "",
    agenda: ceremony.agenda.join("\n"),
  };
}

export type CeremonyFormValues = ReturnType<typeof ceremonyFormValues>;
