import type { ReactNode } from "react";

/**
 * A wide block (usually a table) that scrolls sideways on a phone instead of squeezing its columns. It is a
 * named region that takes keyboard focus, so a keyboard user can scroll it with the arrow keys too.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `table-wrap ${className}` : "table-wrap"}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
      tabIndex={0}
    >
      {children}
    </section>
  );
}
