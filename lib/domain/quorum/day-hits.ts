import { type CeremonySpan, HIT, ruleHits, windowsTouch } from "./feasibility";
import type { PreparedPerson, PreparedRestriction } from "./prepare";

/** Past this many days a table costs more than it saves (and memory); ruleHits answers instead. */
const MAX_TABLE_DAYS = 20_000;

/**
 * Rule hits of every person on every span of the date finder, exactly as ruleHits gives them, worked out
 * person by person up front. Each person with unavailability gets a running count of their unavailable
 * days over every day a span or a quarantine can look at, so "unavailable at some point in [a, b]" is
 * one subtraction instead of a walk over their windows on each of 365 days.
 */
export class DayHits {
  /** hits[day * people + person]; rule hits fit in a byte (six flags). */
  private readonly hits: Uint8Array;

  constructor(
    private readonly people: readonly PreparedPerson[],
    spans: readonly CeremonySpan[],
  ) {
    this.hits = new Uint8Array(spans.length * people.length);
    const range = dayRange(people, spans);
    people.forEach((person, index) => {
      const counts = range && countUnavailable(person.windows, range.first, range.last);
      if (counts && range) this.fillFromCounts(index, spans, counts, range.first);
      else this.fillWithRuleHits(index, spans);
    });
  }

  /** Writes every person's hits on span number `spanIndex` into `hits` (one slot per person). */
  fill(hits: Int32Array, spanIndex: number): void {
    const count = this.people.length;
    hits.set(this.hits.subarray(spanIndex * count, (spanIndex + 1) * count));
  }

  private fillWithRuleHits(index: number, spans: readonly CeremonySpan[]): void {
    const person = this.people[index] as PreparedPerson;
    const count = this.people.length;
    spans.forEach((span, day) => {
      this.hits[day * count + index] = ruleHits(person, span);
    });
  }

  private fillFromCounts(
    index: number,
    spans: readonly CeremonySpan[],
    counts: Int32Array,
    first: number,
  ): void {
    const person = this.people[index] as PreparedPerson;
    const { restrictions } = person;
    const stride = this.people.length;
    // Unavailable days in [from, to] (both within the table's range).
    const busy = (from: number, to: number) =>
      (counts[to - first + 1] as number) - (counts[from - first] as number) > 0;
    for (let day = 0; day < spans.length; day++) {
      const { startDay, endDay, standbyDay } = spans[day] as CeremonySpan;
      let personHits = person.responseHits;
      if (busy(startDay, endDay)) personHits |= HIT.unavailable;
      if (busy(standbyDay, standbyDay)) personHits |= HIT.standbyUnavailable;
      for (let i = 0; i < restrictions.length; i++) {
        const restriction = restrictions[i] as PreparedRestriction;
        if (startDay < restriction.startDay || startDay > restriction.endDay) continue;
        if (restriction.days === 0) personHits |= HIT.entryBan;
        else if (
          restriction.days > 0
            ? busy(startDay - restriction.days, startDay - 1)
            : windowsTouch(person.windows, startDay - restriction.days, startDay - 1)
        ) {
          personHits |= HIT.quarantine;
        }
      }
      this.hits[day * stride + index] = personHits;
    }
  }
}

/** Every day a span or a quarantine before it can look at, or null when there is nothing to table. */
function dayRange(
  people: readonly PreparedPerson[],
  spans: readonly CeremonySpan[],
): { first: number; last: number } | null {
  let longestQuarantine = 0;
  for (const person of people) {
    for (const restriction of person.restrictions)
      longestQuarantine = Math.max(longestQuarantine, restriction.days);
  }
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    first = Math.min(first, span.startDay - longestQuarantine);
    last = Math.max(last, span.startDay, span.endDay, span.standbyDay);
  }
  return spans.length > 0 && last - first < MAX_TABLE_DAYS ? { first, last } : null;
}

/**
 * Running count of unavailable days over [first, last], or null when a table would not be exact: no
 * windows (ruleHits is already cheap) or a window that ends before it starts, which windowsTouch treats
 * in its own way.
 */
function countUnavailable(windows: readonly number[], first: number, last: number): Int32Array | null {
  if (windows.length === 0) return null;
  const starts = new Int32Array(last - first + 2);
  for (let i = 0; i < windows.length; i += 2) {
    const from = windows[i] as number;
    const to = windows[i + 1] as number;
    if (from > to) return null;
    const a = Math.max(from, first);
    const b = Math.min(to, last);
    if (a > b) continue;
    starts[a - first] = (starts[a - first] as number) + 1;
    starts[b - first + 1] = (starts[b - first + 1] as number) - 1;
  }
  const counts = new Int32Array(last - first + 2);
  let open = 0;
  for (let i = 0; i <= last - first; i++) {
    open += starts[i] as number;
    counts[i + 1] = (counts[i] as number) + (open > 0 ? 1 : 0);
  }
  return counts;
}
