"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { formFiles } from "@/lib/actions/form-files";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import type { Actor } from "@/lib/auth/actor";
import type { PolicyAction } from "@/lib/auth/policy";
import {
  abandonContingency,
  acknowledgeContingency,
  addContingencyEvidence,
  approveContingencyOption,
  approveContingencyStep,
  chooseContingencyOption,
  completeContingencyStep,
  openManualContingency,
  resolveContingency,
  startContingencyExecution,
} from "@/lib/services/contingency";
import type { Instant } from "@/lib/time";
import { formObject } from "@/lib/validation/parse-input";

/** A change to a workflow, given the form's input; only some also queue notices (`boss`). */
type Change = (run: { db: Db; boss: PgBoss; actor: Actor; now: Instant }, input: unknown) => Promise<unknown>;

/** The form's fields with its evidence files read into bytes (read only after the permission check). */
const withFiles = async (form: FormData) => ({ ...formObject(form), files: await formFiles(form, "files") });

/**
 * One change to a workflow: the permission is checked on the server (managed), the service checks the
 * state machine, the version and the approver's role itself; every page then shows the new state (the
 * banner on every page included, hence the whole layout).
 */
async function change(
  permission: PolicyAction,
  service: Change,
  done: string,
  form: FormData,
  read: (form: FormData) => unknown = formObject,
) {
  return managed(permission, async (run) => {
    await service(run, await read(form));
    revalidatePath("/", "layout");
    return { status: "ok", message: done };
  });
}

export async function openContingencyAction(_: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state = await managed("contingency.open", async ({ actor, db, boss, now }) => {
    id = (await openManualContingency(db, boss, actor, formObject(form), now)).id;
    return { status: "ok", message: "Workflow opened." };
  });
  if (state.status === "ok") redirect(`/contingencies/${id}`);
  return state;
}

export async function acknowledgeAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.manage",
    ({ db, actor, now }, input) => acknowledgeContingency(db, actor, input, now),
    "Acknowledged: escalation stops.",
    form,
  );
}

export async function chooseOptionAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.manage",
    ({ db, boss, actor, now }, input) => chooseContingencyOption(db, boss, actor, input, now),
    "Option chosen.",
    form,
  );
}

export async function approveOptionAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.approve",
    ({ db, actor, now }, input) => approveContingencyOption(db, actor, input, now),
    "Your approval is recorded.",
    form,
  );
}

export async function startExecutionAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.manage",
    ({ db, boss, actor, now }, input) => startContingencyExecution(db, boss, actor, input, now),
    "Execution started.",
    form,
  );
}

export async function completeStepAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.work_step",
    ({ db, actor, now }, input) => completeContingencyStep(db, actor, input, now),
    "Step recorded.",
    form,
    withFiles,
  );
}

export async function addEvidenceAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("contingency.work_step", async ({ actor, db, now }) => {
    const { changed } = await addContingencyEvidence(db, actor, await withFiles(form), now);
    revalidatePath("/", "layout");
    return changed
      ? { status: "ok", message: "Files added." }
      : { status: "ok", message: "These files were already attached: nothing changed." };
  });
}

export async function approveStepAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.approve",
    ({ db, actor, now }, input) => approveContingencyStep(db, actor, input, now),
    "Your approval is recorded.",
    form,
  );
}

export async function resolveAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.manage",
    ({ db, actor, now }, input) => resolveContingency(db, actor, input, now),
    "Resolved.",
    form,
  );
}

export async function abandonAction(_: FormState, form: FormData): Promise<FormState> {
  return change(
    "contingency.manage",
    ({ db, actor, now }, input) => abandonContingency(db, actor, input, now),
    "Abandoned.",
    form,
  );
}
