import {
  type CivilDate,
  civilToDayNumber,
  type DayNumber,
  dayNumberInZone,
  dayNumberToCivil,
  type Instant,
} from "@/lib/time";
import type { CeremonySpan } from "./feasibility";
import type { Person } from "./types";

/** A deadline a candidate date must not start after, e.g. the latest useful start. */
export interface SearchDeadline {
  at: Instant;
  /** What it is, in words: "the latest useful start", "coverage end". */
  label: string;
}

/** Another ceremony on the calendar: its facility, when it runs, its standby day, who is expected there. */
export interface BusyCeremony {
  label: string;
  /** Facility code. */
  facility: string;
  start: Instant;
  /** Exclusive end. */
  end: Instant;
  /** Facility-local standby date, when it has one. */
  standbyDate?: CivilDate | null;
  /** People expected there (invited and not declined), by id with the name shown in reasons. */
  people?: readonly { id: string; name: string }[];
}

/**
 * The calendar around a date search, worked out once per search: which days of the facility are taken
 * (by another ceremony or its standby day) and which days each person is at another facility.
 */
export class CalendarClashes {
  private readonly facilityDays = new Map<DayNumber, string[]>();
  private readonly personDays = new Map<DayNumber, string[]>();
  /** Per person, the days they are at a ceremony elsewhere, as unavailability for the engine. */
  readonly awayWindows = new Map<string, { from: CivilDate; to: CivilDate }[]>();

  constructor(facility: { code: string; timeZone: string }, busy: readonly BusyCeremony[]) {
    const zone = facility.timeZone;
    for (const ceremony of busy) {
      const first = dayNumberInZone(ceremony.start, zone);
      const last = Math.max(first, dayNumberInZone(ceremony.end - 1, zone));
      if (ceremony.facility === facility.code) {
        for (let day = first; day <= last; day++)
          push(this.facilityDays, day, `${ceremony.label} is held at this facility that day`);
        if (ceremony.standbyDate)
          push(
            this.facilityDays,
            civilToDayNumber(ceremony.standbyDate),
            `standby day of ${ceremony.label} at this facility`,
          );
        continue;
      }
      for (const person of ceremony.people ?? []) {
        const windows = this.awayWindows.get(person.id) ?? [];
        windows.push({ from: dayNumberToCivil(first), to: dayNumberToCivil(last) });
        this.awayWindows.set(person.id, windows);
        for (let day = first; day <= last; day++)
          push(
            this.personDays,
            day,
            `${person.name} is at ${ceremony.label} (${ceremony.facility}) that day`,
          );
      }
    }
  }

  /** The people as the engine must see them: a day at another facility's ceremony is a day away. */
  withAwayDays(people: readonly Person[]): Person[] {
    if (this.awayWindows.size === 0) return [...people];
    return people.map((person) => {
      const away = this.awayWindows.get(person.id);
      return away ? { ...person, unavailable: [...person.unavailable, ...away] } : person;
    });
  }

  /** Reasons the facility cannot hold a ceremony on these days (blocking). */
  facilityClashes(span: CeremonySpan): string[] {
    return collect(this.facilityDays, span);
  }

  /** People booked at another facility on these days (they count as unavailable). */
  personClashes(span: CeremonySpan): string[] {
    return collect(this.personDays, span);
  }
}

function push(map: Map<DayNumber, string[]>, day: DayNumber, reason: string) {
  const list = map.get(day);
  if (list) {
    if (!list.includes(reason)) list.push(reason);
  } else map.set(day, [reason]);
}

function collect(map: Map<DayNumber, string[]>, span: CeremonySpan): string[] {
  if (map.size === 0) return [];
  const out: string[] = [];
  for (let day = span.startDay; day <= span.endDay; day++) {
    for (const reason of map.get(day) ?? []) if (!out.includes(reason)) out.push(reason);
  }
  return out;
}

/** The first deadline a ceremony starting at `start` misses, if any. */
export function missedDeadline(start: Instant, deadlines: readonly SearchDeadline[]): SearchDeadline | null {
  let missed: SearchDeadline | null = null;
  for (const deadline of deadlines)
    if (start > deadline.at && (missed === null || deadline.at < missed.at)) missed = deadline;
  return missed;
}
