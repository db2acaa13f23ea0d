import Link from "next/link";
import type { ReactNode } from "react";
import type { PersonRole } from "@/lib/domain/people";
import styles from "./nav.module.css";
import { navGroupsFor } from "./nav-groups";
import { NavMenu } from "./nav-menu";

/**
 * The site's header: the brand and, in sections, only the links the person may follow (each page checks
 * again on the server). `account` is who is signed in and the way out, kept inside the menu on a phone.
 */
export function Nav({
  roles,
  home,
  account,
}: {
  roles: readonly PersonRole[];
  home: string;
  account: ReactNode;
}) {
  const groups = navGroupsFor(roles).map(({ title, links }) => ({
    title,
    links: links.map(({ href, label }) => ({ href, label })),
  }));
  return (
    <header className={styles.bar}>
      <Link href={home} className={styles.brand}>
        Ceremony Desk
      </Link>
      <NavMenu groups={groups}>{account}</NavMenu>
    </header>
  );
}
