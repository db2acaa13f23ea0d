"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { useFieldErrors } from "@/app/components/manage/form-context";
import { ErrorText, Hidden } from "@/app/components/manage/inputs";
import { SubmitButton } from "@/app/components/manage/submit-button";
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
  if (candidates.length === 0) {
    return <p className="empty">Everyone who holds a required role is invited.</p>;
  }
  return (
    <ActionForm id="invite" action={inviteAction}>
      <Hidden name="id" value={id} />
      <CandidateList candidates={candidates} />
      <SubmitButton label="Invite selected" style={{ marginTop: "0.75rem" }} />
    </ActionForm>
  );
}

/**
 * The people to tick. The choice is all the form asks, so every field the server refuses (none ticked,
 * an unknown person) is explained here, under the list.
 */
function CandidateList({ candidates }: { candidates: Candidate[] }) {
  const error = Object.values(useFieldErrors()).join(" ");
  const errorId = "invite-personIds-error";
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="muted">People who hold a required role</legend>
      {candidates.map((c) => (
        <label key={c.id} style={{ fontWeight: 400, display: "flex", gap: "0.5rem", alignItems: "baseline" }}>
          <input
            type="checkbox"
            name="personIds"
            value={c.id}
            style={{ width: "auto" }}
            aria-describedby={error ? errorId : undefined}
          />
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
      <ErrorText id={errorId} error={error} />
    </fieldset>
  );
}
