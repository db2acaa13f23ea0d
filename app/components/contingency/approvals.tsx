import { type Approver, type ApproverPool, shortfallText } from "@/lib/domain/contingency/approvers";
import type { Approval } from "@/lib/domain/contingency/playbook";
import { formatMeeting } from "@/lib/time/format";

export interface GivenApproval {
  personId: string;
  name: string;
  note: string | null;
  approvedAt: Date;
}

type Named = Approver & { name: string };

const names = (people: readonly Named[]) => people.map((p) => p.name).join(", ");

/** Who may still approve, and who may not because they chose the option; or why nobody can finish. */
function StillMayApprove({ pool }: { pool: ApproverPool<Named> }) {
  if (pool.missing === 0) return null;
  const chooser = pool.proposer ? ` ${pool.proposer.name} chose this option, so may not approve it.` : "";
  if (pool.shortfall)
    return (
      <p className="notice bad" data-testid="approvers-still">
        This approval cannot be met: it {shortfallText(pool.shortfall)}.{chooser}
      </p>
    );
  return (
    <p style={{ marginBottom: "0.25rem" }} data-testid="approvers-still">
      Still may approve: {names(pool.stillMay)}.{chooser}
    </p>
  );
}

/**
 * "1 of 2 approved: Tomás Ribeiro (note)", whether the viewer is one of them, and while approvals are
 * being gathered who still may give them.
 */
export function ApprovalSummary({
  approval,
  given,
  approvers,
  viewerId,
  zone,
  testId,
}: {
  approval: Approval | null;
  given: readonly GivenApproval[];
  approvers: ApproverPool<Named> | null;
  viewerId: string | null;
  zone: string;
  testId?: string;
}) {
  if (!approval) return null;
  const mine = viewerId !== null && given.some((a) => a.personId === viewerId);
  return (
    <div data-testid={testId}>
      <p style={{ marginBottom: "0.25rem" }}>
        <strong>
          {given.length} of {approval.m} approved
        </strong>
        {mine ? (
          <>
            {" "}
            <span className="badge ok">you approved</span>
          </>
        ) : null}
      </p>
      {given.length > 0 ? (
        <ul style={{ margin: 0 }}>
          {given.map((a) => (
            <li key={a.personId}>
              {a.name}, {formatMeeting(a.approvedAt, zone)}
              {a.note ? `: ${a.note}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {approvers ? <StillMayApprove pool={approvers} /> : null}
    </div>
  );
}
