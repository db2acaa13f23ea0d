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
  unread,
}: {
  roles: readonly PersonRole[];
  home: string;
  account: ReactNode;
  /** Unread inbox notices: shown on the Inbox link and, when there are any, in the bar itself. */
  unread: number;
}) {
  const groups = navGroupsFor(roles).map(({ title, links }) => ({
    title,
    links: links.map(({ href, label }) => ({
      href,
      label: href === "/inbox" && unread > 0 ? `${label} (${unread} unread)` : label,
    })),
  }));
  return (
    <header className={styles.bar}>
      <Link href={home} className={styles.brand}>
        Ceremony Desk
      </Link>
      {unread > 0 ? (
        <Link href="/inbox" className={styles.unread} aria-label={`Inbox: ${unread} unread`}>
          {unread} new
        </Link>
      ) : null}
      <NavMenu groups={groups}>{account}</NavMenu>
    </header>
  );
}
