import Link from "next/link";
import { can, type PolicyAction } from "@/lib/auth/policy";
import type { PersonRole } from "@/lib/domain/people";

const LINKS: { href: string; label: string; action: PolicyAction }[] = [
  { href: "/dashboard", label: "Dashboard", action: "dashboard.view" },
  { href: "/me", label: "My ceremonies", action: "portal.view" },
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
