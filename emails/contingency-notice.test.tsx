import { describe, expect, it } from "vitest";
import { CONTINGENCY_NOTICE_KINDS } from "@/lib/domain/contingency/vocabulary";
import { renderEmail } from "@/lib/mail/render";
import { ContingencyNoticeEmail, type ContingencyNoticeEmailProps } from "./contingency-notice";

const base = ContingencyNoticeEmail.PreviewProps;

const cases: [ContingencyNoticeEmailProps, string, string[]][] = [
  [base, "Contingency opened: KC41: quorum not met", ["acknowledge it", "Deadline: Thu 23 Apr 2020"]],
  [
    { ...base, kind: "escalated", level: 2, hoursUnacknowledged: 8 },
    "Escalated (level 2): KC41: quorum not met is not acknowledged",
    ["in 8 hours", "escalation level 2"],
  ],
  [
    { ...base, kind: "resolution_proposed", clearedBecause: "the quorum is met again" },
    "Ready to resolve: KC41: quorum not met",
    ["(the quorum is met again)", "confirm the resolution"],
  ],
  [
    { ...base, kind: "step_overdue", step: "Book travel", dueAt: "Thu 9 Apr 2020", stage: "owner" },
    "Overdue step: Book travel (KC41: quorum not met)",
    ["was due Thu 9 Apr 2020", "You hold the role"],
  ],
  [
    { ...base, kind: "step_overdue", step: "Book travel", dueAt: "Thu 9 Apr 2020", stage: "coordinators" },
    "Overdue step: Book travel (KC41: quorum not met)",
    ["Coordinators: follow up"],
  ],
  [
    { ...base, kind: "approval_needed", item: "Move the date", approvals: 2, role: "coordinator" },
    "Approval needed: Move the date (KC41: quorum not met)",
    ["needs 2 approvals", "coordinator role", "your own session"],
  ],
];

describe("contingency notice email", () => {
  it("has a case for every notice kind", () => {
    expect(new Set(cases.map(([props]) => props.kind))).toEqual(new Set(CONTINGENCY_NOTICE_KINDS));
  });

  for (const [props, subject, texts] of cases) {
    it(`${props.kind}${"stage" in props ? ` (${props.stage})` : ""} renders its subject, facts and link`, async () => {
      const rendered = await renderEmail("contingency_notice", props);
      expect(rendered.subject).toBe(subject);
      for (const text of texts) expect(rendered.text).toContain(text);
      expect(rendered.text).toContain("Reason: Entry bans leave 2 of 3");
      expect(rendered.html).toContain(`href="${base.url}"`);
      expect(rendered.text).not.toContain("<");
    });
  }

  it("leaves the deadline out when none is known", async () => {
    const rendered = await renderEmail("contingency_notice", { ...base, deadline: null });
    expect(rendered.text).not.toContain("Deadline:");
  });
});
