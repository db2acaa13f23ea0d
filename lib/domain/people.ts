import { ROLES, type Role } from "./roles";

// Roles a person holds in the organisation: every ceremony duty plus the coordinator who plans.
export const PERSON_ROLES = ["coordinator", ...ROLES] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

// Trusted community representatives hold credentials; staff run the facility's side of a ceremony.
export const TCR_ROLES = ["crypto_officer", "recovery_key_shareholder"] as const satisfies readonly Role[];
export const STAFF_ROLES = [
  "ceremony_administrator",
  "internal_witness",
  "safe_security_controller",
  "system_administrator",
] as const satisfies readonly Role[];

// What the app lets a person do follows from these groups, not from single duties.
export const ACCESS_GROUPS = ["coordinator", "tcr", "staff", "auditor"] as const;
export type AccessGroup = (typeof ACCESS_GROUPS)[number];

export function accessGroupsOf(roles: readonly PersonRole[]): AccessGroup[] {
  const groups = new Set<AccessGroup>();
  for (const role of roles) {
    if (role === "coordinator") groups.add("coordinator");
    else if (role === "auditor") groups.add("auditor");
    else if ((TCR_ROLES as readonly string[]).includes(role)) groups.add("tcr");
    else if ((STAFF_ROLES as readonly string[]).includes(role)) groups.add("staff");
  }
  return ACCESS_GROUPS.filter((g) => groups.has(g));
}
