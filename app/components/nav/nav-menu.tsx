"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import styles from "./nav.module.css";

interface MenuGroup {
  title: string | null;
  links: { href: string; label: string }[];
}

/** The link the current page belongs to: the longest one that is the path or a folder above it. */
function currentHref(groups: MenuGroup[], pathname: string): string | undefined {
  return groups
    .flatMap((g) => g.links.map((l) => l.href))
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * The menu: always shown beside the page on a wide screen; behind a button on a phone, closed again by
 * following a link or pressing Escape.
 */
export function NavMenu({ groups, children }: { groups: MenuGroup[]; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const current = currentHref(groups, usePathname());

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((was) => !was)}
      >
        Menu
      </button>
      <div id={`${id}-menu`} className={styles.panel} data-open={open ? "" : undefined}>
        <nav aria-label="Main">
          {groups.map((group, index) => {
            const titleId = `${id}-group-${index}`;
            return (
              <div key={group.title ?? index} className={styles.group}>
                {group.title ? (
                  <p id={titleId} className={styles.groupTitle}>
                    {group.title}
                  </p>
                ) : null}
                <ul aria-labelledby={group.title ? titleId : undefined}>
                  {group.links.map((link) => (
                    <li key={link.href}>
                      <Link
                        href={link.href}
                        aria-current={link.href === current ? "page" : undefined}
                        onClick={() => setOpen(false)}
                      >
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <div className={styles.account}>{children}</div>
      </div>
    </>
  );
}
