import type { Metadata } from "next";
import { loadAvailabilityPage } from "./load";
import { AddWindowForm, RemoveWindowButton } from "./window-forms";

export const metadata: Metadata = { title: "My availability" };

export default async function AvailabilityPage() {
  const { windows } = await loadAvailabilityPage();
  return (
    <main style={{ maxWidth: "48rem" }}>
      <h1>My availability</h1>
      <p className="muted">
        Dates you cannot attend, first and last day included. They are read on each facility's own calendar.
      </p>
      <section className="panel">
        <h2>Add dates I cannot attend</h2>
        <AddWindowForm />
      </section>
      <section className="panel">
        <h2>Dates I cannot attend</h2>
        {windows.length === 0 ? (
          <p className="empty">None: coordinators assume you can come unless you say otherwise.</p>
        ) : (
          <ul>
            {windows.map((w) => (
              <li key={w.id} style={{ marginBottom: "0.4rem" }}>
                {w.fromDate} to {w.toDate}
                {w.note ? <span className="muted"> · {w.note}</span> : null} <RemoveWindowButton id={w.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
