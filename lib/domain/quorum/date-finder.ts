import {
  addMinutesToInstant,
  type CivilDate,
  civilToDayNumber,
  dayNumberInZone,
  dayNumberToCivil,
  type Instant,
  instantOfLocal,
  isoWeekdayOfDayNumber,
} from "@/lib/time";
import { type BusyCeremony, CalendarClashes, missedDeadline, type SearchDeadline } from "./calendar-clashes";
import { DayHits } from "./day-hits";
import { QuorumEvaluator } from "./evaluate";
import { type CeremonySpan, HIT } from "./feasibility";
import { prepareQuorum, requirementInWords } from "./prepare";
import type { DateRange, QuorumSetup, RequirementOutcome } from "./types";
import type { Verdict } from "./vocabulary";

export interface DateSearchOptions {
  /** Inclusive facility-local dates to consider. */
  window: DateRange;
  /** Facility-local start time "HH:mm"; each candidate is a ceremony at this time on its date. */
  localStartTime: string;
  durationMinutes: number;
  blackout: { weekdaysOnly: boolean; holidays: readonly CivilDate[] };
  /** A candidate starting after any of these is too late (latest useful start, coverage end). */
  deadlines?: readonly SearchDeadline[];
  /** Other live ceremonies: their facility's days are taken, their people are away those days. */
  busy?: readonly BusyCeremony[];
}

export interface DateCandidate {
  date: CivilDate;
  start: Instant;
  verdict: Verdict;
  /** Smallest requirement margin: the requirement closest to failing decides first. */
  minMargin: number;
  sumMargin: number;
  requirements: RequirementOutcome[];
  reasons: string[];
  /** The earliest deadline this date starts after; such a date never ranks before one in time. */
  tooLate: SearchDeadline | null;
  /** The facility is taken that day (another ceremony or its standby day): not a usable date. */
  blocked: boolean;
  /** Calendar clashes in words: the facility's, and people booked at another facility that day. */
  clashes: string[];
}

const VERDICT_RANK: Record<Verdict, number> = { met: 0, at_risk: 1, not_met: 2 };

const BLOCKING_RULES = [
  [HIT.declined, "declined"],
  [HIT.unavailable, "unavailable"],
  [HIT.entryBan, "entry ban"],
  [HIT.quarantine, "quarantine cannot be completed"],
  [HIT.remoteOnly, "remote only"],
] as const;

function explain(requirements: RequirementOutcome[], hits: Int32Array): string[] {
  const reasons: string[] = [];
  for (const outcome of requirements) {
    const key = requirementInWords(outcome);
    if (!outcome.met) {
      reasons.push(`${key}: ${outcome.confirmed} of ${outcome.min} confirmed, ${outcome.possible} possible`);
    } else {
      reasons.push(`${key}: met, margin +${outcome.margin}`);
    }
  }
  const counts = BLOCKING_RULES.map(() => 0);
  for (const personHits of hits) {
    if (personHits === 0) continue;
    for (let rule = 0; rule < BLOCKING_RULES.length; rule++) {
      if (personHits & (BLOCKING_RULES[rule] as (typeof BLOCKING_RULES)[number])[0])
        counts[rule] = (counts[rule] as number) + 1;
    }
  }
  BLOCKING_RULES.forEach(([, label], rule) => {
    const count = counts[rule] as number;
    if (count > 0) reasons.push(`${label}: ${count} ${count === 1 ? "person" : "people"}`);
  });
  return reasons;
}

/** What ranks a date: whether it is usable, its verdict, its margins and its start. */
export type RankedDate = Pick<
  DateCandidate,
  "blocked" | "tooLate" | "verdict" | "minMargin" | "sumMargin" | "start"
>;

/** Usable dates first, then those too late, then those the facility cannot hold. */
const usability = (c: RankedDate) => (c.blocked ? 2 : c.tooLate ? 1 : 0);

export function compareCandidates(a: RankedDate, b: RankedDate): number {
  return (
    usability(a) - usability(b) ||
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    b.minMargin - a.minMargin ||
    b.sumMargin - a.sumMargin ||
    a.start - b.start
  );
}

/** The smallest requirement margin (the one closest to failing) and the sum of all of them. */
export function marginSummary(requirements: readonly RequirementOutcome[]) {
  let minMargin = 0;
  let sumMargin = 0;
  requirements.forEach((outcome, index) => {
    minMargin = index === 0 ? outcome.margin : Math.min(minMargin, outcome.margin);
    sumMargin += outcome.margin;
  });
  return { minMargin, sumMargin };
}

interface CandidateDay {
  date: CivilDate;
  start: Instant;
  span: CeremonySpan;
}

/** The allowed dates of the window, each with its facility-local start and the dates it occupies. */
function candidateDays(zone: string, options: DateSearchOptions): CandidateDay[] {
  const holidays = new Set(options.blackout.holidays.map(civilToDayNumber));
  const last = civilToDayNumber(options.window.to);
  const days: CandidateDay[] = [];
  for (let day = civilToDayNumber(options.window.from); day <= last; day++) {
    if (holidays.has(day)) continue;
    if (options.blackout.weekdaysOnly && isoWeekdayOfDayNumber(day) > 5) continue;
    const date = dayNumberToCivil(day);
    const start = instantOfLocal(date, options.localStartTime, zone);
    const end = addMinutesToInstant(start, options.durationMinutes) - 1;
    const endDay = Math.max(day, dayNumberInZone(end, zone));
    days.push({ date, start, span: { startDay: day, endDay, standbyDay: day + 1 } });
  }
  return days;
}

/**
 * Ranks every allowed date in the window: dates in time and free at the facility first, then those too
 * late for a deadline, then those the facility cannot hold; within each, met before at_risk before
 * not_met, then by the smallest margin, then by the sum of margins, then earliest first. The standby
 * date of each candidate is the next day. A person booked at another facility's ceremony that day counts
 * as unavailable. Gives exactly what evaluateQuorum gives date by date (see date-finder.property.test.ts),
 * with the per-person work done once for the whole window (DayHits) and one evaluator reused for every
 * date.
 */
export function findCeremonyDates(setup: QuorumSetup, options: DateSearchOptions): DateCandidate[] {
  const calendar = new CalendarClashes(setup.facility, options.busy ?? []);
  const prepared = prepareQuorum({ ...setup, people: calendar.withAwayDays(setup.people) });
  const deadlines = options.deadlines ?? [];
  const days = candidateDays(setup.facility.timeZone, options);
  const dayHits = new DayHits(
    prepared.people,
    days.map((day) => day.span),
  );
  const evaluator = new QuorumEvaluator(prepared);
  const candidates = days.map(({ date, start, span }, index): DateCandidate => {
    dayHits.fill(evaluator.hits, index);
    const facilityClashes = calendar.facilityClashes(span);
    const evaluation = evaluator.evaluate();
    return {
      date,
      start,
      verdict: evaluation.verdict,
      ...marginSummary(evaluation.requirements),
      requirements: evaluation.requirements,
      reasons: explain(evaluation.requirements, evaluation.hits),
      tooLate: missedDeadline(start, deadlines),
      blocked: facilityClashes.length > 0,
      clashes: [...facilityClashes, ...calendar.personClashes(span)],
    };
  });
  return candidates.sort(compareCandidates);
}
