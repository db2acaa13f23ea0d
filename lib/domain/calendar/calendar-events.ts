import {
  DEADLINE_LABELS,
  type DeadlineKey,
  deadlineDates,
  type MilestonePolicy,
} from "@/lib/domain/milestones";
import type { CeremonyStatus } from "@/lib/domain/vocabulary";
import { words } from "@/lib/domain/words";
import {
  addDaysToCivil,
  addMinutesToInstant,
  type CivilDate,
  civilDateInZone,
  type Instant,
  instantOfLocal,
} from "@/lib/time";
import { formatInZone, zoneAbbreviation } from "@/lib/time/format";

export interface CalendarCeremony {
  id: string;
  label: string;
  kind: string;
  status: CeremonyStatus;
  startsAt: Instant;
  durationMinutes: number;
  /** The facility's zone, stored with the ceremony. */
  timeZone: string;
  /** Facility-local date held in reserve; the ceremony would start at the same local time. */
  standbyDate: CivilDate | null;
  facilityId: string;
}

export interface CalendarRestriction {
  id: string;
  fromCountry: string;
  toCountry: string;
  kind: string;
  startDate: CivilDate;
  endDate: CivilDate;
}

export const ENTRY_KINDS = ["ceremony", "standby", "milestone", "restriction"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface CalendarEntry {
  key: string;
  kind: EntryKind;
  title: string;
  ceremonyId: string | null;
  facilityId: string | null;
  status: CeremonyStatus | null;
  cancelled: boolean;
  /** The viewer's clock ("22:00–02:00 CET"), or null for an entry that lasts the whole date. */
  time: string | null;
  /** The facility's clock when it reads differently from the viewer's; null otherwise. */
  facilityTime: string | null;
  /** On the second and later days an item touches. */
  continued: boolean;
}

export interface CalendarInput {
  ceremonies: readonly CalendarCeremony[];
  restrictions: readonly CalendarRestriction[];
  policy: MilestonePolicy;
}

/** Inclusive civil date range, e.g. the first and last day a month grid shows. */
export interface DayRange {
  from: CivilDate;
  to: CivilDate;
}

type Placed = CalendarEntry & { date: CivilDate; order: number };
type EntryBase = Omit<CalendarEntry, "time" | "facilityTime" | "continued">;

function clock(start: Instant, end: Instant, zone: string, withDay: boolean): string {
  const sameDay = civilDateInZone(start, zone) === civilDateInZone(end, zone);
  const from = formatInZone(start, zone, withDay ? "EEE d MMM, HH:mm" : "HH:mm");
  const to = formatInZone(end, zone, sameDay ? "HH:mm" : "EEE d MMM, HH:mm");
  return `${from}–${to} ${zoneAbbreviation(start, zone)}`;
}

function* datesBetween(from: CivilDate, to: CivilDate, range: DayRange): Generator<CivilDate> {
  let date = from < range.from ? range.from : from;
  const last = to > range.to ? range.to : to;
  while (date <= last) {
    yield date;
    date = addDaysToCivil(date, 1);
  }
}

/** A timed item on every viewer-zone day it touches (an end exactly at midnight does not touch the next). */
function timed(
  base: EntryBase,
  start: Instant,
  minutes: number,
  facilityZone: string,
  viewerZone: string,
  range: DayRange,
): Placed[] {
  const end = addMinutesToInstant(start, minutes);
  const first = civilDateInZone(start, viewerZone);
  const time = clock(start, end, viewerZone, false);
  const differs = civilDateInZone(start, facilityZone) !== first;
  const atFacility = clock(start, end, facilityZone, differs);
  const facilityTime = atFacility === time ? null : atFacility;
  return [...datesBetween(first, civilDateInZone(end - 1, viewerZone), range)].map((date) => ({
    ...base,
    time,
    facilityTime,
    continued: date !== first,
    date,
    order: start,
  }));
}

function allDay(base: EntryBase, from: CivilDate, to: CivilDate, range: DayRange): Placed[] {
  return [...datesBetween(from, to, range)].map((date) => ({
    ...base,
    time: null,
    facilityTime: null,
    continued: date !== from,
    date,
    order: Number.NEGATIVE_INFINITY,
  }));
}

function ceremonyEntries(
  c: CalendarCeremony,
  viewerZone: string,
  input: CalendarInput,
  range: DayRange,
): Placed[] {
  const cancelled = c.status === "cancelled";
  const common = { ceremonyId: c.id, facilityId: c.facilityId, status: c.status, cancelled };
  const placed = timed(
    { ...common, key: `ceremony:${c.id}`, kind: "ceremony", title: `${c.label}: ${words(c.kind)}` },
    c.startsAt,
    c.durationMinutes,
    c.timeZone,
    viewerZone,
    range,
  );
  // A cancelled ceremony keeps its own (marked) entry so nobody wonders where it went; its standby day
  // and deadlines no longer ask anything of anyone.
  if (cancelled) return placed;
  if (c.standbyDate) {
    const localStart = formatInZone(c.startsAt, c.timeZone, "HH:mm");
    placed.push(
      ...timed(
        { ...common, key: `standby:${c.id}`, kind: "standby", title: `${c.label}: standby day` },
        instantOfLocal(c.standbyDate, localStart, c.timeZone),
        c.durationMinutes,
        c.timeZone,
        viewerZone,
        range,
      ),
    );
  }
  const deadlines = deadlineDates(c, input.policy);
  for (const key of Object.keys(deadlines) as DeadlineKey[]) {
    const date = deadlines[key];
    placed.push(
      ...allDay(
        { ...common, key: `${key}:${c.id}`, kind: "milestone", title: `${c.label}: ${DEADLINE_LABELS[key]}` },
        date,
        date,
        range,
      ),
    );
  }
  return placed;
}

function restrictionEntries(r: CalendarRestriction, range: DayRange): Placed[] {
  return allDay(
    {
      key: `restriction:${r.id}`,
      kind: "restriction",
      title: `Travel ${r.fromCountry} → ${r.toCountry}: ${words(r.kind)}`,
      ceremonyId: null,
      facilityId: null,
      status: null,
      cancelled: false,
    },
    r.startDate,
    r.endDate,
    range,
  );
}

/**
 * What each day of `range` holds for a viewer in `viewerZone`: ceremonies and standby days at their
 * times in that zone (and the facility's), deadlines on their facility-local dates, restriction windows
 * on every date they cover. Whole-date entries come first on a day, then timed ones by start.
 */
export function entriesByDay(
  input: CalendarInput,
  viewerZone: string,
  range: DayRange,
): Map<CivilDate, CalendarEntry[]> {
  const placed = [
    ...input.ceremonies.flatMap((c) => ceremonyEntries(c, viewerZone, input, range)),
    ...input.restrictions.flatMap((r) => restrictionEntries(r, range)),
  ].sort((a, b) => (a.order === b.order ? a.title.localeCompare(b.title) : a.order - b.order));
  const days = new Map<CivilDate, CalendarEntry[]>();
  for (const { date, order: _order, ...entry } of placed) {
    const list = days.get(date);
    if (list) list.push(entry);
    else days.set(date, [entry]);
  }
  return days;
}
