import Link from "next/link";
import { duration } from "@/lib/domain/contingency/ladder-words";
import type { listPlaybooks } from "@/lib/queries/contingency/playbooks";

type PlaybookSummary = Awaited<ReturnType<typeof listPlaybooks>>[number];

/** The organisation's playbooks, highest assurance first, marking the one new workflows follow. Cards
 * rather than a table, so a phone shows every fact without scrolling sideways. */
export function PlaybookCards({ playbooks }: { playbooks: PlaybookSummary[] }) {
  return (
    <ul className="grid" style={{ listStyle: "none", padding: 0, margin: "0 0 1rem" }}>
      {playbooks.map((p) => (
        <li key={p.id} className="panel" style={{ margin: 0 }} data-testid="playbook-row">
          <h2 style={{ marginTop: 0 }}>
            <Link href={`/playbooks/${p.id}`}>{p.name}</Link>
          </h2>
          <p style={{ margin: "0 0 0.5rem" }}>
            {p.isDefault ? (
              <>
                <span className="badge ok">default</span>{" "}
              </>
            ) : null}
            <span data-testid="playbook-facts">
              {p.assurance} assurance · {p.options.length} {p.options.length === 1 ? "option" : "options"} ·
              escalates every {duration(p.escalationHours)}
            </span>
          </p>
          <ol className="muted" style={{ margin: 0, paddingLeft: "1.25rem" }}>
            {p.options.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
