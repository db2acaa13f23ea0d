import { type AccessGroup, accessGroupsOf, type PersonRole } from "@/lib/domain/people";

/**
 * Every action the app lets someone take or every page it lets someone see, and which access groups
 * may. Pages, server actions and route handlers all ask `can`; nothing else decides.
 */
export const POLICY = {
  "dashboard.view": ["coordinator", "tcr", "staff", "auditor"],
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
  "calendar.view": ["coordinator", "tcr", "staff", "auditor"],
  "inbox.view": ["coordinator", "tcr", "staff", "auditor"],
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

/** Where a person lands after signing in: the dashboard shows each group its own part. */
export function homePathFor(roles: readonly PersonRole[]): string {
  return can(roles, "dashboard.view") ? "/dashboard" : "/no-access";
}

// Record-level decisions: the action's groups, then what this record says about the person. Services
// check them at their entry; pages ask the same functions to decide what to show.

/** Contingency workflows open on every page for those who work them (coordinators and staff). */
export function seesContingencyBanner(roles: readonly PersonRole[]): boolean {
  return can(roles, "contingency.work_step");
}

/** A step is worked by someone holding its owner role, or by a coordinator. */
export function mayWorkStep(roles: readonly PersonRole[], step: { ownerRole: string }): boolean {
  return (
    can(roles, "contingency.work_step") &&
    (roles.includes("coordinator") || (roles as readonly string[]).includes(step.ownerRole))
  );
}

/** Skipping a step (with a note) is a coordinator's decision. */
export function maySkipStep(roles: readonly PersonRole[]): boolean {
  return can(roles, "contingency.work_step") && roles.includes("coordinator");
}

/** An invitation is answered by the person invited, and only by them. */
export function mayAnswerInvitation(
  actor: { id: string | null; roles: readonly PersonRole[] },
  invitation: { personId: string },
): boolean {
  return can(actor.roles, "invitation.respond") && actor.id !== null && actor.id === invitation.personId;
}

/**
 * Whether lists of ceremonies (the feed, the calendar) show every ceremony; everyone else sees only the
 * ceremonies they are invited to.
 */
export function seesEveryCeremony(roles: readonly PersonRole[]): boolean {
  return can(roles, "ceremonies.view");
}

/** The page a ceremony links to: its planning page, or the invitee's answer page for those who see only their own. */
export function ceremonyPathFor(roles: readonly PersonRole[], ceremonyId: string): string {
  return seesEveryCeremony(roles) ? `/ceremonies/${ceremonyId}` : `/me/ceremonies/${ceremonyId}`;
}

/** A ceremony's calendar file: for those who see every ceremony, and for the people invited to it. */
export function mayReadCeremonyCalendar(roles: readonly PersonRole[], invited: boolean): boolean {
  return seesEveryCeremony(roles) || invited;
}
