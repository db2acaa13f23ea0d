// Closed vocabularies of the quorum engine (house rule 1): each list feeds its union type and zod enum.

export const RESPONSES = ["attending", "if_need_be", "remote_only", "declined", "no_answer"] as const;
export type Response = (typeof RESPONSES)[number];
/** What a person may answer to an invitation ("no answer" is the absence of one), in their words. */
export const ANSWERS = [
  "attending",
  "if_need_be",
  "remote_only",
  "declined",
] as const satisfies readonly Response[];
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_WORDS: Record<Answer, string> = {
  attending: "I will attend",
  if_need_be: "If need be",
  remote_only: "Remote only",
  declined: "I cannot attend",
};

/** An answer as people read it. */
export const RESPONSE_WORDS: Record<Response, string> = {
  attending: "attending",
  if_need_be: "if need be",
  remote_only: "remote only",
  declined: "declined",
  no_answer: "no answer",
};

/** An invitation's answer in words; one waiting for re-confirmation after a move says so. */
export function answerInWords(response: Response, previous: Response | null): string {
  return previous ? `re-confirmation pending (was ${RESPONSE_WORDS[previous]})` : RESPONSE_WORDS[response];
}

export const SEAT_STATUSES = ["active", "backup", "retired"] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

export const RESTRICTION_KINDS = ["entry_ban", "quarantine"] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

export const PERSON_STATUSES = ["confirmed", "possible", "cannot_attend"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const VERDICTS = ["met", "at_risk", "not_met"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a person cannot take part; `standby_unavailable` is informational and never blocks. */
export const REASON_RULES = [
  "declined",
  "unavailable",
  "entry_ban",
  "quarantine",
  "remote_only",
  "standby_unavailable",
] as const;
export type ReasonRule = (typeof REASON_RULES)[number];
