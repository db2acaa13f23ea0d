import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { approverPool } from "@/lib/domain/contingency/approvers";
import { ApprovalSummary } from "./approvals";

const coordinator = (id: string, name: string) => ({ id, name, roles: ["coordinator" as const] });
const people = [
  coordinator("a", "Maya Okafor"),
  coordinator("b", "Tomás Ribeiro"),
  coordinator("c", "Ana Lee"),
];
const given = [
  { personId: "b", name: "Tomás Ribeiro", note: null, approvedAt: new Date("2026-05-01T12:00:00Z") },
];

const render = (m: number) => {
  const approval = { m, role: "coordinator" } as const;
  const approvers = approverPool({ approval, approvedBy: ["b"], proposedBy: "a" }, people);
  return renderToStaticMarkup(
    <ApprovalSummary approval={approval} given={given} approvers={approvers} viewerId="a" zone="UTC" />,
  );
};

describe("ApprovalSummary", () => {
  it("names who still may approve, leaving out the approvers and the chooser", () => {
    const html = render(2);
    expect(html).toContain("1 of 2 approved");
    expect(html).toContain(
      "Still may approve: Ana Lee. Maya Okafor chose this option, so may not approve it.",
    );
  });

  it("says why a quorum cannot be met any more", () => {
    expect(render(4)).toContain(
      "This approval cannot be met: it needs 4 coordinators, 2 exist besides the person who chose it.",
    );
  });
});
