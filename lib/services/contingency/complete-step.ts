import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contingencySteps } from "@/db/schema";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { maySkipStep } from "@/lib/auth/policy";
import { approvalsMissing } from "@/lib/domain/contingency/approvers";
import { stepRound } from "@/lib/domain/contingency/snapshot";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant } from "@/lib/time";
import { completeStepInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { loadStep, loadWorkflow, refuseUnlessStepWorker } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";
import { acceptEvidence, filesRefused, storeEvidence } from "./step-evidence";

const noteMissing = (message: string) =>
  new AppError("invalid_input", "Check the highlighted fields.", { note: message });

/** Refuses evidence that does not fit the step: files where none are asked, none where they are. */
function checkEvidenceKind(evidence: string, note: string, files: number, skip: boolean) {
  if (skip) {
    if (files > 0) throw filesRefused("A skipped step takes no files; the note says why it is skipped.");
    return;
  }
  if (evidence === "note" && note.length < 3) throw noteMissing("Describe what was done.");
  if (evidence === "attachment" && files === 0)
    throw filesRefused("Attach at least one file as evidence (PDF, PNG, JPEG or plain text).");
  if (evidence !== "attachment" && files > 0)
    throw filesRefused("This step takes no files; describe what was done in the note.");
}

/**
 * Marks a step done with its evidence (a note, or for an attachment step one or more files and an
 * optional note), or skips it (coordinators only, with a note). A person holding the step's owner role or
 * a coordinator completes it; a step with an approval quorum waits for it. The files are checked before
 * anything is written and stored in the same transaction; the timeline keeps their names, sizes and
 * SHA-256. Completing a closed step again changes nothing, so a double-submitted form is harmless.
 */
export async function completeContingencyStep(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.work_step");
  const input = parseInput(completeStepInput, raw);
  const files = acceptEvidence(input.files);
  const personId = personIdOf(actor);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const step = await loadStep(tx, workflow.row.id, input.stepId);
    if (step.status !== "pending") return { step, changed: false };
    if (workflow.row.state !== "executing")
      throw new AppError("invalid_input", "Steps can be worked only while the option executes.");
    if (input.skip) {
      if (!maySkipStep(actor.roles)) throw new AppError("forbidden", "Only a coordinator may skip a step.");
      if (input.note.length < 3) throw noteMissing("Say why the step is skipped.");
    } else refuseUnlessStepWorker(actor.roles, step.ownerRole, "complete");
    if (!input.skip) {
      const missing = approvalsMissing(stepRound(workflow.snapshot.options, workflow.approvals, step));
      if (missing > 0)
        throw new AppError(
          "invalid_input",
          `${step.title} needs ${missing} more approval${missing === 1 ? "" : "s"} before it can be completed.`,
        );
    }
    checkEvidenceKind(step.evidence, input.note, files.length, input.skip);
    const [updated] = await tx
      .update(contingencySteps)
      .set({
        status: input.skip ? "skipped" : "done",
        evidenceNote: input.note || null,
        completedBy: personId,
        completedAt: dateOf(now),
      })
      .where(and(eq(contingencySteps.id, step.id), eq(contingencySteps.status, "pending")))
      .returning();
    if (!updated) return { step, changed: false };
    const stored = await storeEvidence(tx, step, files, personId, now);
    const detail = {
      stepId: step.id,
      step: step.title,
      evidence: step.evidence,
      note: input.note || null,
      ...(stored.length > 0 ? { files: stored } : {}),
    };
    await recordContingencyEvent(
      tx,
      actor,
      workflow.row.id,
      input.skip ? "step_skipped" : "step_completed",
      detail,
      now,
    );
    return { step: updated, changed: true, evidence: stored };
  });
}
