"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { countryName } from "@/lib/domain/quorum/country-names";
import { words } from "@/lib/domain/words";
import { inviteAction } from "../../actions";

export interface Candidate {
  id: string;
  name: string;
  email: string;
  roles: string[];
  homeCountry: string;
  seats: string[];
  /** Whether they could attend on the ceremony's date; when not, the roster's reasons. */
  canAttend: boolean;
  reasons: string[];
  notes: string[];
}

/** Everyone who holds a role this ceremony needs and is not invited yet, to tick and invite. */
export function InviteForm({ id, candidates }: { id: string; candidates: Candidate[] }) {
  const [state, action, pending] = useActionState(inviteAction, IDLE);
  if (candidates.length === 0) {
    return <p className="empty">Everyone who holds a required role is invited.</p>;
  }
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="muted">People who hold a required role</legend>
        {candidates.map((c) => (
          <label
            key={c.id}
            style={{ fontWeight: 400, display: "flex", gap: "0.5rem", alignItems: "baseline" }}
          >
            <input type="checkbox" name="personIds" value={c.id} style={{ width: "auto" }} />
            <span>
              {c.name} <span className="muted">({c.email})</span>
              <span className="muted">
                {" "}
                · {c.roles.map(words).join(", ")} · home {countryName(c.homeCountry)}
                {c.seats.length ? ` · ${c.seats.join(", ")}` : ""}
              </span>
              <span data-testid={`can-attend-${c.email}`} style={{ display: "block" }}>
                {c.canAttend ? (
                  <span className="badge ok">could attend on this date</span>
                ) : (
                  <span className="badge bad">cannot attend on this date</span>
                )}{" "}
                {[...c.reasons, ...c.notes].join("; ")}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} style={{ marginTop: "0.75rem" }}>
        Invite selected
      </button>
    </form>
  );
}
