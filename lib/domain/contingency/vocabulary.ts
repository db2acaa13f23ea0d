// Closed vocabularies of contingency workflows (house rule 1).

export const CONTINGENCY_STATES = [
  "open",
  "acknowledged",
  "option_chosen",
  "executing",
  "resolved",
  "abandoned",
] as const;
export type ContingencyState = (typeof CONTINGENCY_STATES)[number];

/** What opened a workflow. Quorum causes belong to one ceremony; the coverage cause to the SKR deadline. */
export const CONTINGENCY_CAUSES = [
  "quorum_not_met",
  "quorum_at_risk",
  "coverage_deadline",
  "manual",
] as const;
export type ContingencyCause = (typeof CONTINGENCY_CAUSES)[number];

export const ASSURANCE_LEVELS = ["high", "medium", "low"] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

/** What a step asks its owner to leave in the record when it is done. */
export const EVIDENCE_KINDS = ["none", "note", "attachment"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What a step's due offset counts from: when the workflow opened, or the deadline it protects. */
export const DUE_ANCHORS = ["trigger", "deadline"] as const;
export type DueAnchor = (typeof DUE_ANCHORS)[number];

export const STEP_STATUSES = ["pending", "done", "skipped"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** What the timeline records; each kind is also the suffix of the audit action (`contingency.<kind>`). */
export const CONTINGENCY_EVENT_KINDS = [
  "opened",
  "cause_worsened",
  "acknowledged",
  "option_chosen",
  "option_approved",
  "execution_started",
  "step_approved",
  "step_completed",
  "step_skipped",
  "evidence_added",
  "escalated",
  "step_overdue",
  "resolution_proposed",
  "resolution_withdrawn",
  "deadline_moved",
  "resolved",
  "abandoned",
] as const;
export type ContingencyEventKind = (typeof CONTINGENCY_EVENT_KINDS)[number];

/** The messages a workflow sends (one email template, one `kind` each). */
export const CONTINGENCY_NOTICE_KINDS = [
  "opened",
  "escalated",
  "resolution_proposed",
  "step_overdue",
  "approval_needed",
] as const;
export type ContingencyNoticeKind = (typeof CONTINGENCY_NOTICE_KINDS)[number];
