import "server-only";
import type { Db } from "@/db/client";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { isFinal } from "@/lib/domain/contingency/state-machine";
import { AppError } from "@/lib/errors";
import type { Instant } from "@/lib/time";
import { addEvidenceInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { loadStep, loadWorkflow, refuseUnlessStepWorker } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";
import { acceptEvidence, filesRefused, storeEvidence } from "./step-evidence";

const refuse = (message: string) => new AppError("invalid_input", message, { form: message });

/**
 * Adds files to an attachment step already done (a countersigned form that arrived later), by the step's
 * owner role or a coordinator, until the workflow is resolved or abandoned. Files already on the step
 * are not stored twice; when nothing new remains nothing is recorded.
 */
export async function addContingencyEvidence(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.work_step");
  const input = parseInput(addEvidenceInput, raw);
  const files = acceptEvidence(input.files);
  if (files.length === 0) throw filesRefused("Attach at least one file.");
  const personId = personIdOf(actor);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const step = await loadStep(tx, workflow.row.id, input.stepId);
    if (isFinal(workflow.row.state))
      throw refuse(`The workflow is ${workflow.row.state}: its evidence can no longer change.`);
    if (step.evidence !== "attachment") throw refuse("This step takes no files.");
    if (step.status !== "done")
      throw refuse(
        step.status === "pending"
          ? "Complete the step with its files first."
          : "A skipped step takes no files.",
      );
    refuseUnlessStepWorker(actor.roles, step.ownerRole, "add evidence to");
    const stored = await storeEvidence(tx, step, files, personId, now);
    if (stored.length === 0) return { changed: false, evidence: stored };
    const detail = { stepId: step.id, step: step.title, files: stored };
    await recordContingencyEvent(tx, actor, workflow.row.id, "evidence_added", detail, now);
    return { changed: true, evidence: stored };
  });
}
