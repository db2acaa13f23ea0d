import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/render";
import { CoverageAlertEmail, type CoverageAlertEmailProps } from "./coverage-alert";

const preview = CoverageAlertEmail.PreviewProps as CoverageAlertEmailProps;

describe("coverage alert email", () => {
  it("names the deadline, its UTC date, the days left, what to do and links to /coverage", async () => {
    const rendered = await renderEmail("coverage_alert", preview);
    expect(rendered.subject).toBe("Next SKR needed by Fri 31 Mar 2017, 00:00 UTC (13 days left)");
    expect(rendered.text).toContain("13 days are left");
    expect(rendered.text).toContain("schedule one now");
    expect(rendered.text).toContain("upload it to Ceremony Desk");
    expect(rendered.text).toContain("every coordinator and all ceremony staff");
    expect(rendered.html).toContain('href="http://localhost:3000/coverage"');
    expect(rendered.text).not.toContain("<");
  });

  it("says when coverage end has passed, and leaves staff out of an early alert", async () => {
    const rendered = await renderEmail("coverage_alert", {
      ...preview,
      deadline: "coverage_end",
      dueAt: "Tue 11 Apr 2017, 00:00 UTC",
      daysLeft: -1,
      overdue: true,
      widened: false,
    });
    expect(rendered.subject).toBe("Overdue: SKR coverage ends Tue 11 Apr 2017, 00:00 UTC (passed)");
    expect(rendered.text).toContain("This deadline has passed");
    expect(rendered.text).toContain("no valid KSK signature");
    expect(rendered.text).not.toContain("ceremony staff");
  });

  it("counts a single day and the last hours in words", async () => {
    const one = await renderEmail("coverage_alert", { ...preview, daysLeft: 1 });
    const none = await renderEmail("coverage_alert", { ...preview, daysLeft: 0 });
    expect(one.subject).toContain("(1 day left)");
    expect(none.text).toContain("Less than a day is left");
  });
});
