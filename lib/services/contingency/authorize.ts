import type { Actor } from "@/lib/auth/actor";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

const WHAT: Partial<Record<PolicyAction, string>> = {
  "contingency.open": "open a contingency workflow",
  "contingency.manage": "acknowledge, decide on or close a contingency workflow",
  "contingency.approve": "approve a contingency option or step",
  "contingency.work_step": "work on a contingency step",
  "playbooks.manage": "edit playbooks",
};

/** Defence in depth: the action wrapper checked already, but a service never trusts its caller. */
export function authorize(actor: Actor, action: PolicyAction): void {
  if (!can(actor.roles, action))
    throw new AppError("forbidden", `You may not ${WHAT[action] ?? action} with your roles.`);
}
