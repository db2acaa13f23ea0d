import type { ReactNode } from "react";
import { ScrollRegion } from "@/app/components/scroll-region";

/** A table that scrolls sideways on a phone instead of squeezing its columns; `label` names it. */
export function DataTable({
  label,
  headers,
  children,
}: {
  label: string;
  headers: string[];
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <table>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** A titled panel, labelled by its heading for screen readers and tests. */
export function Panel({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A page holding one form: narrow, single column on every screen. */
export function FormPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="narrow">
      <h1>{title}</h1>
      {intro}
      <div className="panel">{children}</div>
    </main>
  );
}
