import { can, type PolicyAction } from "@/lib/auth/policy";
import type { PersonRole } from "@/lib/domain/people";

export interface NavLink {
  href: string;
  label: string;
  action: PolicyAction;
}

/** A section of the menu; the untitled one holds the pages that stand alone. */
export interface NavGroup {
  title: string | null;
  links: NavLink[];
}

/** Every page the menu leads to, in its sections. Each page checks access again on the server. */
export const NAV_GROUPS: NavGroup[] = [
  { title: null, links: [{ href: "/dashboard", label: "Dashboard", action: "dashboard.view" }] },
  {
    title: "Plan",
    links: [
      { href: "/ceremonies", label: "Ceremonies", action: "ceremonies.view" },
      { href: "/calendar", label: "Calendar", action: "calendar.view" },
      { href: "/date-finder", label: "Date finder", action: "date_finder.use" },
    ],
  },
  {
    title: "Keys",
    links: [
      { href: "/coverage", label: "Coverage", action: "coverage.view" },
      { href: "/documents", label: "KSR/SKR files", action: "documents.view" },
    ],
  },
  {
    title: "Respond",
    links: [
      { href: "/contingencies", label: "Contingencies", action: "contingency.view" },
      { href: "/playbooks", label: "Playbooks", action: "playbooks.view" },
    ],
  },
  {
    title: "Admin",
    links: [
      { href: "/people", label: "People", action: "people.view" },
      { href: "/facilities", label: "Facilities", action: "facilities.view" },
      { href: "/restrictions", label: "Travel restrictions", action: "restrictions.view" },
      { href: "/templates", label: "Templates", action: "templates.view" },
      { href: "/settings/tokens", label: "API tokens", action: "api_tokens.manage_own" },
      { href: "/audit", label: "Audit trail", action: "audit.view" },
    ],
  },
  {
    title: "Personal",
    links: [
      { href: "/inbox", label: "Inbox", action: "inbox.view" },
      { href: "/me", label: "My ceremonies", action: "portal.view" },
      { href: "/me/availability", label: "My availability", action: "availability.manage_own" },
      { href: "/me/settings", label: "My settings", action: "calendar.subscribe" },
    ],
  },
];

/** The sections and links a person with `roles` may follow; a section with none is left out. */
export function navGroupsFor(roles: readonly PersonRole[]): NavGroup[] {
  return NAV_GROUPS.map((group) => ({
    ...group,
    links: group.links.filter((l) => can(roles, l.action)),
  })).filter((group) => group.links.length > 0);
}
