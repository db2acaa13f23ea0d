import { addDaysToCivil, type CivilDate, civilDateInZone } from "@/lib/time";
import type { CeremonyStatus } from "./vocabulary";

export interface MilestonePolicy {
  announceDays: number;
  rsvpDays: number;
  travelRequestDays: number;
}

export const DEFAULT_MILESTONES: MilestonePolicy = { announceDays: 120, rsvpDays: 75, travelRequestDays: 60 };

export const MILESTONE_KEYS = ["announce", "rsvp", "travel_request", "ceremony", "standby"] as const;
export type MilestoneKey = (typeof MILESTONE_KEYS)[number];
/** `missed`: the milestone's date had passed when the ceremony was moved to its date. */
export type MilestoneState = "done" | "due" | "overdue" | "upcoming" | "missed";

export interface Milestone {
  key: MilestoneKey;
  label: string;
  /** Facility-local calendar date. */
  date: CivilDate;
  state: MilestoneState;
  detail: string;
}

export interface MilestoneFacts {
  startsAt: number;
  timeZone: string;
  standbyDate: CivilDate | null;
  status: CeremonyStatus;
  invited: number;
  unanswered: number;
  /** People answering attending or if need be (who must request travel). */
  travelling: number;
  /** When the ceremony last moved to its current date, if it ever did. */
  movedAt?: number | null;
}

function stateFor(date: CivilDate, today: CivilDate, done: boolean): MilestoneState {
  if (done) return "done";
  if (today > date) return "overdue";
  return today === date ? "due" : "upcoming";
}

/**
 * The planning timeline of one ceremony: dates counted back from the facility-local ceremony date, each
 * marked done, due today, overdue or upcoming from what the roster says now. A milestone whose date had
 * already passed when the ceremony moved to this date is missed: nothing done for the old date counts.
 */
export function milestonesFor(facts: MilestoneFacts, policy: MilestonePolicy, now: number): Milestone[] {
  const movedOn = facts.movedAt == null ? null : civilDateInZone(facts.movedAt, facts.timeZone);
  return milestonesOnCalendar(facts, policy, now).map((milestone) =>
    movedOn !== null && milestone.date < movedOn
      ? {
          ...milestone,
          state: "missed",
          detail: `Its date had passed when the ceremony moved (on ${movedOn}). ${milestone.detail}`,
        }
      : milestone,
  );
}

/** The facility-local day travel must be requested by, `travelRequestDays` before the ceremony's day. */
export function travelRequestDate(
  ceremony: { startsAt: number; timeZone: string },
  policy: Pick<MilestonePolicy, "travelRequestDays">,
): CivilDate {
  return addDaysToCivil(civilDateInZone(ceremony.startsAt, ceremony.timeZone), -policy.travelRequestDays);
}

/** The planning deadlines counted back from a ceremony's day, as people read them. */
export const DEADLINE_LABELS = {
  announce: "Announce the date",
  rsvp: "Responses due",
  travel_request: "Travel requests due",
} as const satisfies Partial<Record<MilestoneKey, string>>;
export type DeadlineKey = keyof typeof DEADLINE_LABELS;

/** The facility-local dates of a ceremony's planning deadlines. */
export function deadlineDates(
  ceremony: { startsAt: number; timeZone: string },
  policy: MilestonePolicy,
): Record<DeadlineKey, CivilDate> {
  const day = civilDateInZone(ceremony.startsAt, ceremony.timeZone);
  return {
    announce: addDaysToCivil(day, -policy.announceDays),
    rsvp: addDaysToCivil(day, -policy.rsvpDays),
    travel_request: travelRequestDate(ceremony, policy),
  };
}

function milestonesOnCalendar(facts: MilestoneFacts, policy: MilestonePolicy, now: number): Milestone[] {
  const day = civilDateInZone(facts.startsAt, facts.timeZone);
  const deadlines = deadlineDates(facts, policy);
  const today = civilDateInZone(now, facts.timeZone);
  const announced = facts.status !== "proposed";
  const answered = facts.invited > 0 && facts.unanswered === 0;
  const finished = facts.status === "held" || facts.status === "cancelled";
  const milestones: Milestone[] = [
    {
      key: "announce",
      label: DEADLINE_LABELS.announce,
      date: deadlines.announce,
      state: stateFor(deadlines.announce, today, announced || finished),
      detail: announced ? "Scheduled and announced." : "Still proposed: schedule it to announce the date.",
    },
    {
      key: "rsvp",
      label: DEADLINE_LABELS.rsvp,
      date: deadlines.rsvp,
      state: stateFor(deadlines.rsvp, today, answered || finished),
      detail:
        facts.invited === 0
          ? "Nobody invited yet."
          : `${facts.invited - facts.unanswered} of ${facts.invited} invitees answered.`,
    },
    {
      key: "travel_request",
      label: DEADLINE_LABELS.travel_request,
      date: deadlines.travel_request,
      state: stateFor(deadlines.travel_request, today, finished),
      detail: `${facts.travelling} ${facts.travelling === 1 ? "person plans" : "people plan"} to travel.`,
    },
    {
      key: "ceremony",
      label: "Ceremony",
      date: day,
      state: facts.status === "held" ? "done" : stateFor(day, today, facts.status === "cancelled"),
      detail: facts.status === "held" ? "Held." : facts.status === "cancelled" ? "Cancelled." : "",
    },
  ];
  if (facts.standbyDate) {
    milestones.push({
      key: "standby",
      label: "Standby date",
      date: facts.standbyDate,
      state: finished
        ? "done"
        : facts.standbyDate < today
          ? "done"
          : stateFor(facts.standbyDate, today, false),
      detail: "Held in reserve in case the ceremony cannot go ahead.",
    });
  }
  return milestones;
}
