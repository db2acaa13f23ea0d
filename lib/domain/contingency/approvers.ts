import type { PersonRole } from "@/lib/domain/people";
import { words } from "@/lib/domain/words";
import type { Approval, PlaybookOption } from "./playbook";

// Who may approve an option or a step, and whether enough such people exist: one rule for the services
// (which refuse) and the workflow page (which says who still may).

/** One approval being gathered: its rule, who approved so far, and who proposed what is approved. */
export interface ApprovalRound {
  approval: Approval | null;
  approvedBy: readonly string[];
  /** The person who chose the option; separation of duties keeps them from approving it. */
  proposedBy: string | null;
}

export interface Approver {
  id: string;
  roles: readonly PersonRole[];
}

/** Why `approver` may not add an approval to `round`, or null when they may. */
export function approvalRefusal(round: ApprovalRound, approver: Approver): string | null {
  const { approval, approvedBy, proposedBy } = round;
  if (!approval) return "This needs no approval.";
  if (!approver.roles.includes(approval.role))
    return `Only a person with the ${approval.role} role may approve this.`;
  if (approvedBy.includes(approver.id)) return "You have already approved this.";
  if (approver.id === proposedBy) return "You chose this option, so someone else must approve it.";
  return null;
}

/** Approvals still needed; the proposer's own never counts. */
export function approvalsMissing(round: ApprovalRound): number {
  if (!round.approval) return 0;
  const counted = round.approvedBy.filter((id) => id !== round.proposedBy);
  return Math.max(0, round.approval.m - counted.length);
}

export interface Shortfall {
  needs: number;
  exist: number;
  role: PersonRole;
  /** The proposer holds the role but is not counted among those who exist. */
  proposerExcluded: boolean;
}

export interface ApproverPool<T extends Approver> {
  missing: number;
  /** People who may still approve: holders of the role who neither approved nor proposed it. */
  stillMay: T[];
  /** The proposer when they hold the role (and so might expect to approve). */
  proposer: T | null;
  /** Set when too few people exist to reach the quorum. */
  shortfall: Shortfall | null;
}

/**
 * The approval `round` measured against `candidates` (the active people allowed to approve at all):
 * who may still approve, and whether the quorum can still be reached by them.
 */
export function approverPool<T extends Approver>(
  round: ApprovalRound,
  candidates: readonly T[],
): ApproverPool<T> {
  const missing = approvalsMissing(round);
  const { approval } = round;
  if (!approval) return { missing, stillMay: [], proposer: null, shortfall: null };
  const stillMay = candidates.filter((person) => approvalRefusal(round, person) === null);
  const proposer =
    candidates.find((person) => person.id === round.proposedBy && person.roles.includes(approval.role)) ??
    null;
  const shortfall =
    stillMay.length < missing
      ? {
          needs: approval.m,
          exist: approval.m - missing + stillMay.length,
          role: approval.role,
          proposerExcluded: proposer !== null,
        }
      : null;
  return { missing, stillMay, proposer, shortfall };
}

const plural = (role: PersonRole, n: number) => {
  const name = words(role);
  if (n === 1) return name;
  return name.endsWith("s") ? `${name}es` : `${name}s`;
};

/** "needs 3 coordinators, 2 exist besides you". */
export function shortfallText(shortfall: Shortfall, proposer = "the person who chose it"): string {
  const { needs, exist, role, proposerExcluded } = shortfall;
  const besides = proposerExcluded ? ` besides ${proposer}` : "";
  return `needs ${needs} ${plural(role, needs)}, ${exist} ${exist === 1 ? "exists" : "exist"}${besides}`;
}

/**
 * Why `chooserId` may not choose `option`: too few people besides them could approve it (`approvedBy`
 * holds approvals it kept from an earlier choice). Null when they may.
 */
export function choiceRefusal(
  option: PlaybookOption,
  approvedBy: readonly string[],
  chooserId: string,
  candidates: readonly Approver[],
): string | null {
  const round = { approval: option.approval, approvedBy, proposedBy: chooserId };
  const { shortfall } = approverPool(round, candidates);
  return shortfall
    ? `${option.title} cannot be chosen: its approval ${shortfallText(shortfall, "you")}.`
    : null;
}
