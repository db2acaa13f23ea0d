"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PgBoss } from "pg-boss";
import type { ActionState } from "@/app/components/manage/action-state";
import type { Db } from "@/db/client";
import { managed } from "@/lib/actions/managed-action";
import { formObject } from "@/lib/actions/parse-input";
import type { Actor } from "@/lib/auth/actor";
import type { PolicyAction } from "@/lib/auth/policy";
import {
  abandonContingency,
  acknowledgeContingency,
  approveContingencyOption,
  approveContingencyStep,
  chooseContingencyOption,
  completeContingencyStep,
  openManualContingency,
  resolveContingency,
  startContingencyExecution,
} from "@/lib/services/contingency";

type Service = (db: Db, boss: PgBoss, actor: Actor, raw: unknown) => Promise<unknown>;

/**
 * One change to a workflow: the permission is checked on the server (managed), the service checks the
 * state machine, the version and the approver's role itself; every page then shows the new state (the
 * banner on every page included, hence the whole layout).
 */
async function change(permission: PolicyAction, service: Service, done: string, form: FormData) {
  return managed<ActionState>(permission, async ({ actor, db, boss }) => {
    await service(db, boss, actor, formObject(form));
    revalidatePath("/", "layout");
    return { status: "ok", message: done };
  });
}

export async function openContingencyAction(_: ActionState, form: FormData): Promise<ActionState> {
  let id = "";
  const state = await managed<ActionState>("contingency.open", async ({ actor, db, boss }) => {
    id = (await openManualContingency(db, boss, actor, formObject(form))).id;
    return { status: "ok", message: "Workflow opened." };
  });
  if (state.status === "ok") redirect(`/contingencies/${id}`);
  return state;
}

export async function acknowledgeAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.manage", acknowledgeContingency, "Acknowledged: escalation stops.", form);
}

export async function chooseOptionAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.manage", chooseContingencyOption, "Option chosen.", form);
}

export async function approveOptionAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.approve", approveContingencyOption, "Your approval is recorded.", form);
}

export async function startExecutionAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.manage", startContingencyExecution, "Execution started.", form);
}

export async function completeStepAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.work_step", completeContingencyStep, "Step recorded.", form);
}

export async function approveStepAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.approve", approveContingencyStep, "Your approval is recorded.", form);
}

export async function resolveAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.manage", resolveContingency, "Resolved.", form);
}

export async function abandonAction(_: ActionState, form: FormData): Promise<ActionState> {
  return change("contingency.manage", abandonContingency, "Abandoned.", form);
}
