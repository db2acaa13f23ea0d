import Link from "next/link";
import { can, type PolicyAction } from "@/lib/auth/policy";
import type { PersonRole } from "@/lib/domain/people";

const LINKS: { href: string; label: string; action: PolicyAction }[] = [
  { href: "/dashboard", label: "Dashboard", action: "dashboard.view" },
  { href: "/ceremonies", label: "Ceremonies", action: "ceremonies.view" },
  { href: "/date-finder", label: "Date finder", action: "date_finder.use" },
  { href: "/coverage", label: "Coverage", action: "coverage.view" },
  { href: "/documents", label: "KSR/SKR files", action: "documents.view" },
  { href: "/contingencies", label: "Contingencies", action: "contingency.view" },
  { href: "/playbooks", label: "Playbooks", action: "playbooks.view" },
  { href: "/settings/tokens", label: "API tokens", action: "api_tokens.manage_own" },
  { href: "/people", label: "People", action: "people.view" },
  { href: "/facilities", label: "Facilities", action: "facilities.view" },
  { href: "/restrictions", label: "Travel restrictions", action: "restrictions.view" },
  { href: "/templates", label: "Templates", action: "templates.view" },
  { href: "/me", label: "My ceremonies", action: "portal.view" },
  { href: "/me/availability", label: "My availability", action: "availability.manage_own" },
  { href: "/me/settings", label: "My settings", action: "calendar.subscribe" },
  { href: "/audit", label: "Audit trail", action: "audit.view" },
];

/** Shows only the links the person may follow; each page checks again on the server. */
export function Nav({ roles }: { roles: readonly PersonRole[] }) {
  return (
    <nav aria-label="Main" style={{ display: "contents" }}>
      {LINKS.filter((link) => can(roles, link.action)).map((link) => (
        <Link key={link.href} href={link.href}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
