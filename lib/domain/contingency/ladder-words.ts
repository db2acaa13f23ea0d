import type { Approval, PlaybookStep } from "@/lib/domain/contingency/playbook";
import type { EvidenceKind } from "@/lib/domain/contingency/vocabulary";
import type { PersonRole } from "@/lib/domain/people";
import { words } from "@/lib/domain/words";

// A playbook's numbers in the words a coordinator reads aloud in a briefing or from a printout: the one
// phrasing of a ladder, used by the playbook pages and the workflow pages alike.

/** 4 -> "4 h", 24 -> "24 h", 336 -> "14 days": whole days from two days up, hours below. */
export function duration(hours: number): string {
  const abs = Math.abs(hours);
  return abs >= 48 && abs % 24 === 0 ? `${abs / 24} days` : `${abs} h`;
}

/** "24 h after the trigger", "14 days before the deadline", "at the deadline". */
export function dueText(due: PlaybookStep["due"]): string {
  const anchor = due.anchor === "trigger" ? "the trigger" : "the deadline";
  if (due.offsetHours === 0) return `at ${anchor}`;
  return `${duration(due.offsetHours)} ${due.offsetHours < 0 ? "before" : "after"} ${anchor}`;
}

/** "2 of coordinator": how many people holding the role must approve. */
export function approvalText(approval: Approval | null): string {
  return approval ? `${approval.m} of ${words(approval.role)}` : "none";
}

const EVIDENCE: Record<EvidenceKind, string> = {
  none: "none",
  note: "a note",
  attachment: "attached files",
};

/** What an option needs before it starts: "Approval before it starts: 2 of coordinator." */
export function optionApprovalText(approval: Approval | null): string {
  return approval
    ? `Approval before it starts: ${approvalText(approval)}.`
    : "No approval needed before it starts.";
}

/** "a note: Who was invited.", "attached files", "none". */
export function evidenceText(evidence: EvidenceKind, hint: string): string {
  return hint && evidence !== "none" ? `${EVIDENCE[evidence]}: ${hint}` : EVIDENCE[evidence];
}

export function rolesText(roles: readonly PersonRole[]): string {
  return roles.map(words).join(", ");
}

/** Who hears of an unacknowledged workflow, and when: "at opening: coordinator", "after 4 h: …". */
export function escalationLines(hours: number, levels: readonly (readonly PersonRole[])[]): string[] {
  return levels.map(
    (roles, i) => `${i === 0 ? "at opening" : `after ${duration(hours * i)}`}: ${rolesText(roles)}`,
  );
}
