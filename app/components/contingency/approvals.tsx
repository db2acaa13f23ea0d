import type { Approval } from "@/lib/domain/contingency/playbook";
import { formatMeeting } from "@/lib/time/format";

export interface GivenApproval {
  personId: string;
  name: string;
  note: string | null;
  approvedAt: Date;
}

/** "1 of 2 approved: Tomás Ribeiro (note)", and whether the viewer is one of them. */
export function ApprovalSummary({
  approval,
  given,
  viewerId,
  zone,
  testId,
}: {
  approval: Approval | null;
  given: readonly GivenApproval[];
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
    </div>
  );
}
