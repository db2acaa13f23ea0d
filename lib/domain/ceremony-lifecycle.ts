import type { CeremonyStatus } from "./vocabulary";

// The ceremony lifecycle: proposed -> scheduled -> confirmed -> held, or postponed (then rescheduled)
// or cancelled. Held and cancelled are final.
const NEXT: Record<CeremonyStatus, readonly CeremonyStatus[]> = {
  proposed: ["scheduled", "cancelled"],
  scheduled: ["confirmed", "postponed", "cancelled"],
  confirmed: ["held", "postponed", "cancelled"],
  postponed: ["scheduled", "cancelled"],
  held: [],
  cancelled: [],
};

export function allowedTransitions(from: CeremonyStatus): readonly CeremonyStatus[] {
  return NEXT[from];
}

export function canTransition(from: CeremonyStatus, to: CeremonyStatus): boolean {
  return NEXT[from].includes(to);
}

/** Date, facility and agenda can change until the ceremony is held or cancelled. */
export function isEditable(status: CeremonyStatus): boolean {
  return NEXT[status].length > 0;
}

/** Rescheduling a postponed ceremony puts it back on the calendar as scheduled. */
export function statusAfterReschedule(status: CeremonyStatus): CeremonyStatus {
  return status === "postponed" ? "scheduled" : status;
}

/** A ceremony still ahead: not held or cancelled (a postponed one waits for its new date). */
export const STILL_AHEAD = [
  "proposed",
  "scheduled",
  "confirmed",
  "postponed",
] as const satisfies readonly CeremonyStatus[];

/** Statuses in which a ceremony holds its date (and its facility's day): a postponed one does not. */
export const HOLDS_ITS_DATE = [
  "proposed",
  "scheduled",
  "confirmed",
] as const satisfies readonly CeremonyStatus[];

export const TRANSITION_VERBS: Record<CeremonyStatus, string> = {
  proposed: "Propose",
  scheduled: "Schedule",
  confirmed: "Confirm",
  held: "Mark as held",
  postponed: "Postpone",
  cancelled: "Cancel",
};
