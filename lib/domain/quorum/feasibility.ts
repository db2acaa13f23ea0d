import type { DayNumber } from "@/lib/time";
import type { PreparedPerson } from "./prepare";
import type { PersonStatus } from "./vocabulary";

/** The facility-local calendar dates a ceremony occupies, as day numbers. */
export interface CeremonySpan {
  startDay: DayNumber;
  /** Last facility-local date the ceremony touches (differs from startDay for a late-evening start). */
  endDay: DayNumber;
  standbyDay: DayNumber;
}

// Rule hits as bit flags: the date finder evaluates 500 people x 365 days, so no strings here.
export const HIT = {
  declined: 1,
  unavailable: 2,
  entryBan: 4,
  quarantine: 8,
  remoteOnly: 16,
  standbyUnavailable: 32,
} as const;

/** Hits that keep a person out altogether. */
const ABSENT = HIT.declined | HIT.unavailable;
/** Hits that keep a person out of the room but not off a video link. */
const NOT_IN_ROOM = HIT.entryBan | HIT.quarantine | HIT.remoteOnly;

export const MODE_NONE = 0;
export const MODE_REMOTE = 1;
export const MODE_IN_ROOM = 2;
export type Mode = typeof MODE_NONE | typeof MODE_REMOTE | typeof MODE_IN_ROOM;

/** True when any inclusive [from, to] window in `windows` touches the inclusive range [first, last]. */
export function windowsTouch(windows: readonly number[], first: DayNumber, last: DayNumber): boolean {
  for (let i = 0; i < windows.length; i += 2) {
    if ((windows[i] as number) <= last && (windows[i + 1] as number) >= first) return true;
  }
  return false;
}

/** Hits that do not depend on the date (the response), worked out once per person. */
export function responseHits(response: string): number {
  return (response === "declined" ? HIT.declined : 0) | (response === "remote_only" ? HIT.remoteOnly : 0);
}

export function ruleHits(person: PreparedPerson, span: CeremonySpan): number {
  let hits = person.responseHits;
  if (person.windows.length === 0 && person.restrictions.length === 0) return hits;
  if (windowsTouch(person.windows, span.startDay, span.endDay)) hits |= HIT.unavailable;
  if (windowsTouch(person.windows, span.standbyDay, span.standbyDay)) hits |= HIT.standbyUnavailable;
  for (let i = 0; i < person.restrictions.length; i++) {
    const restriction = person.restrictions[i] as PreparedPerson["restrictions"][number];
    // A restriction matters when it is in force on the facility-local ceremony (start) date.
    if (span.startDay < restriction.startDay || span.startDay > restriction.endDay) continue;
    if (restriction.days === 0) hits |= HIT.entryBan;
    // Quarantine is served in the destination during the N days before the ceremony date.
    else if (windowsTouch(person.windows, span.startDay - restriction.days, span.startDay - 1)) {
      hits |= HIT.quarantine;
    }
  }
  return hits;
}

export function modeOf(hits: number, hasRemoteRole: boolean): Mode {
  if (hits & ABSENT) return MODE_NONE;
  if (!(hits & NOT_IN_ROOM)) return MODE_IN_ROOM;
  return hasRemoteRole ? MODE_REMOTE : MODE_NONE;
}

export function statusOf(person: PreparedPerson, mode: Mode): PersonStatus {
  if (mode === MODE_NONE) return "cannot_attend";
  return person.response === "attending" || person.response === "remote_only" ? "confirmed" : "possible";
}
