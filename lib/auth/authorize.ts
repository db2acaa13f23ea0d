import type { Actor } from "@/lib/auth/actor";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

const WHAT: Partial<Record<PolicyAction, string>> = {
  "invitation.respond": "answer invitations",
  "availability.manage_own": "keep an availability calendar",
  "calendar.subscribe": "keep calendar settings",
  "api_tokens.manage_own": "hold API tokens",
  "ceremonies.manage": "plan ceremonies",
  "ceremonies.link_ksr": "link a KSR to a ceremony",
  "ksr.verify": "record a KSR hash check",
  "people.manage": "manage people",
  "facilities.manage": "manage facilities",
  "credentials.manage": "manage credential sets",
  "restrictions.manage": "manage travel restrictions",
  "templates.manage": "manage ceremony templates",
  "documents.upload": "upload KSR or SKR files",
  "coverage.configure": "configure coverage",
  "contingency.open": "open a contingency workflow",
  "contingency.manage": "acknowledge, decide on or close a contingency workflow",
  "contingency.approve": "approve a contingency option or step",
  "contingency.work_step": "work on a contingency step",
  "playbooks.manage": "edit playbooks",
};

/**
 * The check at every service entry that acts for a person. Defence in depth: the action wrapper or route
 * checked already, but a service never trusts its caller.
 */
export function authorize(actor: Actor, action: PolicyAction): void {
  if (!can(actor.roles, action))
    throw new AppError("forbidden", `You may not ${WHAT[action] ?? action} with your roles.`);
}
