import { formatByteSize } from "@/lib/domain/files/byte-size";
import { CAUSE_LABELS } from "./title";
import type { ContingencyCause, ContingencyEventKind } from "./vocabulary";

type Detail = Record<string, unknown>;

const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const cause = (value: unknown) => CAUSE_LABELS[value as ContingencyCause] ?? str(value);
const plural = (n: unknown, word: string) => `${str(n)} ${word}${n === 1 ? "" : "s"}`;
const withNote = (note: unknown, lead: string) => (note ? `${lead}${str(note)}` : "");
type FileDetail = { name?: unknown; size?: unknown; sha256?: unknown };
/** Stored files as the timeline names them: never their content, always enough to recognise them. */
const fileList = (files: unknown) =>
  Array.isArray(files)
    ? (files as FileDetail[])
        .map(
          (f) => `${str(f.name)} (${formatByteSize(Number(f.size))}, SHA-256 ${str(f.sha256).slice(0, 12)}…)`,
        )
        .join(", ")
    : "";
const filesPart = (files: unknown) => (fileList(files) ? `Files: ${fileList(files)}` : "");
/** Sentences joined, each ending once (a note may bring its own full stop). */
const sentences = (...parts: string[]) =>
  parts
    .filter(Boolean)
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(" ");

const TEXT: Record<ContingencyEventKind, (d: Detail) => string> = {
  opened: (d) => `Opened (${cause(d.cause)}): ${str(d.reason)} Playbook: ${str(d.playbook)}.`,
  cause_worsened: (d) => `The cause worsened from ${cause(d.from)} to ${cause(d.to)}.`,
  acknowledged: () => "Acknowledged; escalation stops.",
  option_chosen: (d) => {
    const approval = d.approval as { m: number; role: string } | null;
    const needs = approval
      ? ` It needs ${plural(approval.m, "approval")} from the ${approval.role} role.`
      : "";
    return `Chose the option “${str(d.title)}”.${needs}`;
  },
  option_approved: (d) =>
    `Approved the option ${str(d.option)} (${plural(d.approvals, "approval")}, ${str(d.missing)} still needed)${withNote(d.note, ": ")}.`,
  execution_started: (d) => `Started executing “${str(d.title)}” with ${plural(d.steps, "step")}.`,
  step_approved: (d) => `Approved the step “${str(d.step)}” (${str(d.missing)} still needed).`,
  step_completed: (d) =>
    sentences(`Completed “${str(d.step)}”`, withNote(d.note, "Evidence: "), filesPart(d.files)),
  step_skipped: (d) => `Skipped “${str(d.step)}”${withNote(d.note, ": ")}.`,
  evidence_added: (d) => sentences(`Added evidence to “${str(d.step)}”`, filesPart(d.files)),
  escalated: (d) => `Still unacknowledged: escalated to level ${str(d.to)}.`,
  step_overdue: (d) =>
    `The step “${str(d.step)}” is overdue: reminded ${d.stage === "owner" ? "its owner" : "the coordinators"}.`,
  resolution_proposed: (d) => `The trigger cleared (${str(d.because)}): resolution proposed.`,
  resolution_withdrawn: () => "The trigger holds again: the resolution proposal is withdrawn.",
  deadline_moved: (d) =>
    `${d.because ? `The deadline moved (${str(d.because)})` : "The ceremony moved"}: the deadline is now ${str(d.to).replace("T", " ").slice(0, 16)} UTC; steps due before it follow.`,
  resolved: (d) => (d.because ? `Resolved by the check: ${str(d.because)}.` : `Resolved: ${str(d.note)}`),
  abandoned: (d) => `Abandoned: ${str(d.reason)}`,
};

/** One timeline entry as a sentence, for the detail page and the incident report. */
export function describeEvent(kind: string, detail: Detail): string {
  const text = TEXT[kind as ContingencyEventKind];
  // A note that already ends its sentence keeps a single full stop.
  return text ? text(detail).replace(/([.!?])\.$/, "$1") : kind;
}
