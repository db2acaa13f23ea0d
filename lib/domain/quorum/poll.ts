import type { Instant } from "@/lib/time";
import { missedDeadline, type SearchDeadline } from "./calendar-clashes";
import { compareCandidates, marginSummary } from "./date-finder";
import { evaluateQuorum } from "./evaluate";
import type { QuorumSetup, Reason, RequirementOutcome } from "./types";
import type { Answer, Verdict } from "./vocabulary";

// A date poll: invitees mark each candidate date; each date's verdict is the quorum engine's with the
// marks as answers, the travel rules and unavailability applying as for the ceremony itself.

export const POLL_MARKS = ["yes", "if_need_be", "no"] as const;
export type PollMark = (typeof POLL_MARKS)[number];
export const POLL_MARK_WORDS: Record<PollMark, string> = { yes: "Yes", if_need_be: "If need be", no: "No" };
/** The answer a mark stands for on its date. */
export const MARK_RESPONSE: Record<PollMark, Answer> = {
  yes: "attending",
  if_need_be: "if_need_be",
  no: "declined",
};

/** Open while invitees mark; decided once a date is chosen; withdrawn when closed without one. */
export const POLL_STATUSES = ["open", "decided", "withdrawn"] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

export const POLL_MIN_DATES = 2;
export const POLL_MAX_DATES = 8;

export interface PollOption {
  id: string;
  start: Instant;
}

export interface PollQuestion {
  options: readonly PollOption[];
  durationMinutes: number;
  /** Person id → option id → mark; a person or date missing here has no mark yet. */
  marks: ReadonlyMap<string, ReadonlyMap<string, PollMark>>;
  /** A date starting after one of these is too late (latest useful start, coverage end). */
  deadlines: readonly SearchDeadline[];
}

export interface MissingPerson {
  personId: string;
  /** Why they cannot be counted on that date, in words. */
  why: string;
}

export interface PollDateOutcome {
  optionId: string;
  start: Instant;
  verdict: Verdict;
  requirements: RequirementOutcome[];
  minMargin: number;
  sumMargin: number;
  /** Invitees who cannot be counted on: marked no, not marked yet, or kept away by a rule. */
  missing: MissingPerson[];
  tooLate: SearchDeadline | null;
  /** The date the poll recommends: first by the date finder's ranking, and not too late. */
  best: boolean;
}

function whyMissing(mark: PollMark | undefined, reasons: readonly Reason[]): string | null {
  const blocking = reasons.filter((r) => r.rule !== "standby_unavailable" && r.rule !== "declined");
  const markWords = mark === "no" ? "marked no" : mark === undefined ? "no mark yet" : null;
  const parts = [...(markWords ? [markWords] : []), ...blocking.map((r) => r.message)];
  return parts.length > 0 ? parts.join("; ") : null;
}

/**
 * Every date of the poll, in the poll's order, with its verdict from the marks; the best usable date
 * (ranked as the date finder ranks) is flagged. Equal to evaluateQuorum date by date with each mark as
 * the person's answer (see poll.property.test.ts).
 */
export function evaluatePoll(setup: QuorumSetup, poll: PollQuestion): PollDateOutcome[] {
  const outcomes = poll.options.map((option): PollDateOutcome => {
    const marksOf = (personId: string) => poll.marks.get(personId)?.get(option.id);
    const result = evaluateQuorum({
      ceremony: { facility: setup.facility, start: option.start, durationMinutes: poll.durationMinutes },
      requirements: setup.requirements,
      restrictions: setup.restrictions,
      policy: setup.policy,
      people: setup.people.map((person) => {
        const mark = marksOf(person.id);
        return { ...person, response: mark ? MARK_RESPONSE[mark] : "no_answer" };
      }),
    });
    const missing: MissingPerson[] = [];
    for (const person of result.people) {
      const why = whyMissing(marksOf(person.id), person.status === "cannot_attend" ? person.reasons : []);
      if (why) missing.push({ personId: person.id, why });
    }
    return {
      optionId: option.id,
      start: option.start,
      verdict: result.verdict,
      requirements: result.requirements,
      ...marginSummary(result.requirements),
      missing,
      tooLate: missedDeadline(option.start, poll.deadlines),
      best: false,
    };
  });
  const [first] = outcomes
    .map((outcome, index) => ({ ...outcome, blocked: false, index }))
    .filter((outcome) => outcome.tooLate === null)
    .sort(compareCandidates);
  const best = first ? outcomes[first.index] : undefined;
  if (best) best.best = true;
  return outcomes;
}
