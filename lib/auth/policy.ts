import { type AccessGroup, accessGroupsOf, type PersonRole } from "@/lib/domain/people";

/**
 * Every action the app lets someone take or every page it lets someone see, and which access groups
 * may. Pages, server actions and route handlers all ask `can`; nothing else decides.
 */
export const POLICY = {
  "dashboard.view": ["coordinator", "staff", "auditor"],
  "ceremonies.view": ["coordinator", "staff", "auditor"],
  "people.view": ["coordinator", "staff", "auditor"],
  "facilities.view": ["coordinator", "staff", "auditor"],
  "audit.view": ["coordinator", "auditor"],
  "audit.checkpoint": ["coordinator", "auditor"],
  "mail.view_failures": ["coordinator", "staff"],
  "portal.view": ["tcr", "staff"],
  "restrictions.view": ["coordinator", "staff", "auditor"],
  "templates.view": ["coordinator", "staff", "auditor"],
  "roster.view": ["coordinator", "staff", "auditor"],
  "invitation.respond": ["tcr", "staff"],
  "availability.manage_own": ["tcr", "staff"],
  "calendar.subscribe": ["coordinator", "tcr", "staff", "auditor"],
  "ceremonies.manage": ["coordinator"],
  "people.manage": ["coordinator"],
  "facilities.manage": ["coordinator"],
  "credentials.manage": ["coordinator"],
  "restrictions.manage": ["coordinator"],
  "templates.manage": ["coordinator"],
  "date_finder.use": ["coordinator"],
  "documents.view": ["coordinator", "staff", "auditor"],
  "documents.upload": ["coordinator", "staff"],
  "coverage.view": ["coordinator", "staff", "auditor"],
  "coverage.configure": ["coordinator"],
  "ceremonies.link_ksr": ["coordinator"],
  "ksr.verify": ["coordinator", "staff"],
  "api_tokens.manage_own": ["coordinator", "staff", "auditor"],
  "metrics.view": ["coordinator", "staff", "auditor"],
  "contingency.view": ["coordinator", "staff", "auditor"],
  "contingency.open": ["coordinator", "staff"],
  "contingency.manage": ["coordinator"],
  "contingency.approve": ["coordinator", "staff"],
  "contingency.work_step": ["coordinator", "staff"],
  "playbooks.view": ["coordinator", "staff", "auditor"],
  "playbooks.manage": ["coordinator"],
} as const satisfies Record<string, readonly AccessGroup[]>;

export type PolicyAction = keyof typeof POLICY;
export const POLICY_ACTIONS = Object.keys(POLICY) as PolicyAction[];

export function can(roles: readonly PersonRole[], action: PolicyAction): boolean {
  const allowed: readonly AccessGroup[] = POLICY[action];
  return accessGroupsOf(roles).some((group) => allowed.includes(group));
}

/** Where a person lands after signing in: the first page their groups may see. */
export function homePathFor(roles: readonly PersonRole[]): string {
  if (can(roles, "dashboard.view")) return "/dashboard";
  if (can(roles, "portal.view")) return "/me";
  return "/no-access";
}
