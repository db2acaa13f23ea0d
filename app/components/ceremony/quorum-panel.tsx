import { ScrollRegion } from "@/app/components/scroll-region";
import { VerdictBadge } from "@/app/components/verdict-badge";
import { words } from "@/lib/domain/words";
import type { CeremonyPageData } from "@/lib/queries/planning/ceremony-page";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Per requirement: k of m confirmed, margin, who fills it; then how many more to invite. */
export function QuorumPanel({ data, marginChoices }: { data: CeremonyPageData; marginChoices: number[] }) {
  return (
    <section className="panel" aria-labelledby="quorum-heading" data-testid="quorum-panel">
      <h2 id="quorum-heading">
        Quorum {data.requirements.length > 0 ? <VerdictBadge verdict={data.verdict} /> : null}
      </h2>
      {data.reconfirmPending > 0 ? (
        <p className="notice warn" data-testid="reconfirm-pending">
          {data.reconfirmPending} {data.reconfirmPending === 1 ? "answer was" : "answers were"} given for the
          earlier date and {data.reconfirmPending === 1 ? "waits" : "wait"} for re-confirmation: counted as
          not yet confirmed.
        </p>
      ) : null}
      {data.requirements.length === 0 ? (
        <p className="empty">This ceremony has no requirements yet. Set who is needed below.</p>
      ) : (
        <ScrollRegion label="Quorum by requirement">
          <table>
            <thead>
              <tr>
                <th>Requirement</th>
                <th>Confirmed</th>
                <th>Possible</th>
                <th>Margin</th>
                <th>Assigned</th>
              </tr>
            </thead>
            <tbody>
              {data.requirements.map((r) => (
                <tr key={r.key} data-testid={`requirement-${r.key}`}>
                  <td>
                    {words(r.role)}
                    {r.credentialSet ? <div className="muted">{r.credentialSet}</div> : null}
                  </td>
                  <td>
                    <strong>
                      {r.confirmed} of {r.min}
                    </strong>{" "}
                    <span className={`badge ${r.met ? "ok" : "bad"}`}>{r.met ? "met" : "short"}</span>
                  </td>
                  <td>{r.possible}</td>
                  <td>{signed(r.margin)}</td>
                  <td>{r.assigned.join(", ") || <span className="muted">nobody</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <form method="get" className="filters no-print" style={{ marginTop: "1rem" }}>
        <div>
          <label htmlFor="margin">Safety margin (spare people per requirement)</label>
          <select id="margin" name="margin" defaultValue={String(data.safetyMargin)}>
            {marginChoices.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="secondary">
            Recalculate
          </button>
        </div>
      </form>
      <ul data-testid="invite-advice">
        {data.advice.map((a) => (
          <li key={a.key}>
            {a.label}:{" "}
            {a.inviteMore === 0
              ? `covered for a margin of ${data.safetyMargin}.`
              : `invite ${a.inviteMore} more (needs ${a.target}, counts ${a.counted}).`}
          </li>
        ))}
      </ul>
    </section>
  );
}
