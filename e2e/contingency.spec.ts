import { createHash } from "node:crypto";
import { type Browser, expect, type Page, type Request, test } from "@playwright/test";
import {
  addEntryBan,
  answerInvitation,
  planEastCeremony,
  requireEastOfficers,
  shiftDate,
  signedInPage,
  weekdayAhead,
} from "./fixtures";

// Replaying 2020 on the demo data, on a ceremony of this spec's own (KC71, about 100 days ahead) so the
// planning spec, which runs later on the same server, finds KC62, KC90's date and SE travellers as it
// expects: the entry ban here covers only KC71's date and standby day.

test.describe.configure({ mode: "serial" });

const LABEL = "KC71";
const DATE = weekdayAhead(100);
const TITLE = `${LABEL}: quorum not met`;
const COORDINATOR = "coordinator@example.org";
const COORDINATOR_2 = "coordinator2@example.org";
const COORDINATOR_3 = "coordinator3@example.org";
const STAFF = "ca-east@example.org";
const AUDITOR = "auditor@example.org";
const TCR = "co-east-1@example.org";
const BANNER = { name: "Open contingency workflows" } as const;

let ceremonyUrl = "";
let workflowUrl = "";

async function answerAttending(browser: Browser, email: string) {
  const page = await signedInPage(browser, email);
  await answerInvitation(page, LABEL, /I will attend/);
  await page.context().close();
}

/** Messages are sent by a job after the change commits: look again until the one expected is in. */
async function expectMail(page: Page, to: string, subject: string) {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole("link", { name: subject }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** Clicks a form's button and returns the server action request it sent, to replay it as someone else. */
async function capturingAction(page: Page, click: () => Promise<void>): Promise<Request> {
  const sent = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await click();
  return sent;
}

/** The same server action call, byte for byte, from another person's session. */
async function replay(page: Page, request: Request) {
  const headers = request.headers();
  return page.request.post(request.url(), {
    headers: {
      accept: "text/x-component",
      "content-type": headers["content-type"] ?? "text/plain",
      "next-action": headers["next-action"] ?? "",
      "next-router-state-tree": headers["next-router-state-tree"] ?? "",
      origin: new URL(request.url()).origin,
    },
    data: request.postDataBuffer() ?? Buffer.alloc(0),
    maxRedirects: 0,
  });
}

const step = (page: Page, key: string) => page.getByTestId(`step-${key}`);
const approvals = (page: Page) => page.getByTestId("option-approvals");
const moveOption = (page: Page) => page.getByRole("region", { name: /Move the date or facility/ });

test("a coordinator plans KC71 at KMF East and two East crypto officers confirm", async ({ browser }) => {
  const page = await signedInPage(browser, COORDINATOR);
  ceremonyUrl = await planEastCeremony(page, LABEL, DATE);

  await requireEastOfficers(page, 2);

  await page.goto(`${ceremonyUrl}/invite`);
  await page.getByLabel(/Astrid Lindqvist/).check();
  await page.getByLabel(/Amara Nwosu/).check();
  await page.getByRole("button", { name: "Invite selected" }).click();
  await expect(page.getByText("2 invited.")).toBeVisible();
  await page.goto(ceremonyUrl);
  await page.getByLabel("New status").selectOption("scheduled");
  await page.getByLabel("Reason", { exact: true }).fill("Date agreed with KMF East");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("The ceremony is now scheduled.")).toBeVisible();

  await answerAttending(browser, TCR);
  await answerAttending(browser, "co-east-3@example.org");
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("verdict")).toHaveText("Quorum met");
  // Nothing is wrong yet: no workflow for KC71.
  await page.goto("/contingencies?view=all");
  await expect(page.getByRole("row").filter({ hasText: LABEL })).toHaveCount(0);
  await page.context().close();
});

test("an entry ban makes KC71 not met: one workflow opens and the coordinators are told", async ({
  browser,
}) => {
  const page = await signedInPage(browser, COORDINATOR);
  await addEntryBan(page, "SE", "US", shiftDate(DATE, -1), shiftDate(DATE, 1));
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("verdict")).toHaveText("Quorum not met");

  for (const email of [COORDINATOR, COORDINATOR_2])
    await expectMail(page, email, `Contingency opened: ${TITLE}`);
  await page
    .getByRole("link", { name: `Contingency opened: ${TITLE}` })
    .first()
    .click();
  const text = (await page.getByTestId("mail-text").textContent()) ?? "";
  const link = /\/contingencies\/[0-9a-f-]{36}/.exec(text);
  expect(link, "the notice links to the workflow").not.toBeNull();
  workflowUrl = link?.[0] ?? "";

  await page.goto("/contingencies");
  const rows = page.getByRole("row").filter({ hasText: LABEL });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("open");
  await rows.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${workflowUrl}$`));

  // Every coordinator page now carries the banner, in a named region rather than an alert.
  await page.goto("/dashboard");
  const banner = page.getByRole("region", BANNER);
  await expect(banner).toContainText(/\d+ contingency workflows? open/);
  await expect(banner).toContainText(TITLE);
  await banner.getByRole("link", { name: "see the workflow" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await page.context().close();
});

test("the coordinator acknowledges and chooses to move the date or facility", async ({ browser }) => {
  const page = await signedInPage(browser, COORDINATOR);
  await page.goto(workflowUrl);
  await expect(page.getByTestId("contingency-state")).toHaveText("open");
  await expect(page.getByTestId("contingency-facts")).toContainText("Root KSK style (high assurance)");
  // The 2020 ladder in order: backups, move, surrogates, staff-only with remote witnesses, runway.
  await expect(page.locator(".ladder > li h3")).toHaveText([
    /1\. Call backup TCRs/,
    /2\. Move the date or facility/,
    /3\. Credential surrogates/,
    /4\. Staff-only ceremony/,
    /5\. Extend the runway/,
  ]);
  await expect(page.getByRole("button", { name: "Choose this option" })).toHaveCount(0);

  await page.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("acknowledged");
  // Three coordinators' approval, and only two exist besides the one choosing: the reason, no button.
  await expect(page.getByTestId("cannot-choose-staff-only-remote-witness")).toContainText(
    "needs 3 coordinators, 2 exist besides you",
  );
  await moveOption(page).getByRole("button", { name: "Choose this option" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("option chosen");
  await expect(moveOption(page)).toContainText("chosen");
  await expect(approvals(page)).toContainText("0 of 2 approved");
  await expect(approvals(page)).toContainText(
    "Still may approve: Nadia Haddad, Tomás Ribeiro. Maya Okafor chose this option, so may not approve it.",
  );
  await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Start execution" })).toHaveCount(0);
  await expectMail(page, COORDINATOR_2, `Approval needed: Move the date or facility (${TITLE})`);
  await page.context().close();
});

test("two other coordinators approve in their own sessions; the chooser, staff, auditor and TCR cannot", async ({
  browser,
}) => {
  const second = await signedInPage(browser, COORDINATOR_2);
  await second.goto(workflowUrl);
  const approve = await capturingAction(second, () =>
    second.getByRole("button", { name: "Approve", exact: true }).click(),
  );
  await expect(approvals(second)).toContainText("1 of 2 approved");
  await expect(approvals(second)).toContainText("you approved");
  await expect(approvals(second)).toContainText("Tomás Ribeiro");
  await expect(approvals(second)).toContainText("Still may approve: Nadia Haddad.");
  await expect(second.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await second.context().close();

  // Staff may approve in general, but this playbook asks for coordinators: no button, and the service
  // refuses the same request sent by hand.
  const staff = await signedInPage(browser, STAFF);
  await staff.goto("/dashboard");
  await expect(staff.getByRole("region", BANNER)).toContainText(TITLE);
  await staff.goto(workflowUrl);
  await expect(staff.getByTestId("contingency-state")).toHaveText("option chosen");
  for (const name of ["Approve", "Acknowledge", "Choose this option", "Start execution", "Resolve"])
    await expect(staff.getByRole("button", { name, exact: true })).toHaveCount(0);
  const byStaff = await replay(staff, approve);
  expect(await byStaff.text()).toContain("Only a person with the coordinator role may approve this.");
  await staff.context().close();

  // The auditor reads everything and is offered nothing; the server refuses the request anyway.
  const auditor = await signedInPage(browser, AUDITOR);
  await auditor.goto("/dashboard");
  await expect(auditor.getByRole("region", BANNER)).toHaveCount(0);
  await auditor.goto(workflowUrl);
  await expect(auditor.getByTestId("contingency-state")).toHaveText("option chosen");
  await expect(auditor.locator("main").getByRole("button")).toHaveCount(0);
  expect((await replay(auditor, approve)).status()).toBe(403);
  await auditor.context().close();

  // A TCR sees no banner and cannot open the workflow at all.
  const tcr = await signedInPage(browser, TCR);
  await tcr.goto("/me");
  await expect(tcr.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(tcr.getByRole("region", BANNER)).toHaveCount(0);
  expect((await tcr.goto(workflowUrl))?.status()).toBe(403);
  expect((await tcr.goto("/contingencies"))?.status()).toBe(403);
  expect((await replay(tcr, approve)).status()).toBe(403);
  await tcr.context().close();

  // The coordinator who chose the option is offered no approval, and the service refuses one sent anyway.
  const chooser = await signedInPage(browser, COORDINATOR);
  await chooser.goto(workflowUrl);
  await expect(chooser.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  const byChooser = await replay(chooser, approve);
  expect(await byChooser.text()).toContain("You chose this option, so someone else must approve it.");
  await chooser.context().close();

  const page = await signedInPage(browser, COORDINATOR_3);
  await page.goto(workflowUrl);
  // None of the refused requests counted.
  await expect(approvals(page)).toContainText("1 of 2 approved");
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(approvals(page)).toContainText("2 of 2 approved");
  await expect(approvals(page)).toContainText("Nadia Haddad");
  await page.getByRole("button", { name: "Start execution" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("executing");
  for (const key of ["find-date", "reschedule", "travel"])
    await expect(step(page, key)).toContainText("pending");
  await page.context().close();
});

test("KC71 moves to KMF West, where West crypto officers can come, and the verdict turns met", async ({
  browser,
}) => {
  const page = await signedInPage(browser, COORDINATOR);
  await page.goto(workflowUrl);
  // The executing workflow with its step forms, as a coordinator sees it on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/contingency-detail-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  const findDate = step(page, "find-date");
  await findDate.getByRole("button", { name: "Complete step" }).click();
  await expect(findDate.getByText("Describe what was done.")).toBeVisible();
  await findDate
    .getByLabel("What was done (required)")
    .fill(`${DATE} at KMF West with CO-WEST: its officers come from SG and BR, outside the ban`);
  await findDate.getByRole("button", { name: "Complete step" }).click();
  await expect(findDate).toContainText("done");

  // Only East's own sets are offered while KC71 is at East; moved to West, it needs West's set, and the
  // requirement follows the ceremony.
  await page.goto(`${ceremonyUrl}/edit`);
  await expect(
    page.getByLabel("Credential set").first().locator("option", { hasText: "CO-WEST" }),
  ).toHaveCount(0);
  await page
    .getByLabel("Facility", { exact: true })
    .selectOption({ label: "KMF-WEST: Key Management Facility West" });
  await page
    .getByLabel("Reason for the change (sent to invitees)")
    .fill("Entry ban from SE: moved to KMF West");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Credential set").first().locator("option:checked")).toHaveText(
    "CO-WEST: Crypto officers, KMF West",
  );
  await page.goto(`${ceremonyUrl}/invite`);
  await page.getByLabel(/Mei Lin Tan/).check();
  await page.getByLabel(/Rafael Duarte/).check();
  await page.getByRole("button", { name: "Invite selected" }).click();
  await expect(page.getByText("2 invited.")).toBeVisible();

  await page.goto(workflowUrl);
  const reschedule = step(page, "reschedule");
  await reschedule
    .getByLabel("What was done (required)")
    .fill(`${LABEL} moved to KMF West on ${DATE}; invitees told; CO-WEST 1 and 2 invited`);
  await reschedule.getByRole("button", { name: "Complete step" }).click();
  await expect(reschedule).toContainText("done");

  await answerAttending(browser, "co-west-1@example.org");
  await answerAttending(browser, "co-west-2@example.org");
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("verdict")).toHaveText("Quorum met");
  await expect(page.locator("main")).toContainText("Key Management Facility West");
  await expectMail(page, COORDINATOR, `Ready to resolve: ${TITLE}`);
  await page.context().close();
});

test("staff book the travel, the coordinator confirms resolution and the report shows each step in order", async ({
  browser,
}) => {
  const staff = await signedInPage(browser, STAFF);
  await staff.goto(workflowUrl);
  // Staff work the step their role owns; coordinators' steps and skipping are not theirs.
  await expect(staff.getByRole("button", { name: "Complete step" })).toHaveCount(1);
  const travel = step(staff, "travel");
  await expect(travel.getByLabel(/Skip this step/)).toHaveCount(0);
  await travel
    .getByLabel("What was done (required)")
    .fill("Flights booked: Mei Lin Tan SIN-LAX, Rafael Duarte GRU-LAX");
  await travel.getByRole("button", { name: "Complete step" }).click();
  await expect(travel).toContainText("done");
  await staff.context().close();

  const page = await signedInPage(browser, COORDINATOR);
  await page.goto(workflowUrl);
  await expect(page.getByTestId("resolution-proposed")).toContainText(
    "The trigger has cleared — confirm resolution",
  );
  await page.getByLabel("How was it resolved?").fill("KC71 holds at KMF West with CO-WEST; quorum met.");
  await page.getByRole("button", { name: "Confirm resolution" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("resolved");
  await expect(page.locator("main").getByRole("button")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/contingency-detail.png", fullPage: true });
  await page.goto("/dashboard");
  await expect(page.locator(".contingency-banner", { hasText: LABEL })).toHaveCount(0);

  await page.goto(`${workflowUrl}/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Incident report: ${TITLE}`);
  const timeline = page.getByTestId("report-timeline").locator("li");
  expect(await timeline.evaluateAll((items) => items.map((li) => li.getAttribute("data-kind")))).toEqual([
    "opened",
    "acknowledged",
    "option_chosen",
    "option_approved",
    "option_approved",
    "execution_started",
    "step_completed",
    "deadline_moved",
    "step_completed",
    "resolution_proposed",
    "step_completed",
    "resolved",
  ]);
  await expect(timeline.nth(3)).toContainText(COORDINATOR_2);
  await expect(timeline.nth(4)).toContainText(COORDINATOR_3);
  await expect(timeline.nth(7)).toContainText("the deadline is now");
  await expect(timeline.nth(10)).toContainText(STAFF);
  await expect(page.getByTestId("report-step-find-date")).toContainText("outside the ban");
  await expect(page.getByTestId("report-step-travel")).toContainText("GRU-LAX");
  await expect(page.getByRole("region", { name: "Approvals" })).toContainText("Tomás Ribeiro");
  await expect(page.getByRole("region", { name: "People concerned" })).toContainText("Mei Lin Tan");

  // On paper: no navigation, banner or buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("link", { name: "← Back to the workflow" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.screenshot({ path: "test-results/screenshots/contingency-report.png", fullPage: true });
  await page.context().close();

  // Auditors file the report too.
  const auditor = await signedInPage(browser, AUDITOR);
  await auditor.goto(`${workflowUrl}/report`);
  await expect(auditor.getByTestId("report-timeline").locator("li")).toHaveCount(12);
  await auditor.context().close();
});

test("a coordinator opens a workflow by hand, abandons it, and filters the list", async ({ browser }) => {
  const reason = "The East credential safe will not open; the locksmith comes on Monday";
  const page = await signedInPage(browser, COORDINATOR);
  await page.goto("/contingencies");
  await page.getByRole("link", { name: "Open a workflow" }).click();
  await page.getByRole("button", { name: "Open the workflow" }).click();
  await expect(page.getByText("Say what happened (at least 3 characters).")).toBeVisible();
  await page.getByLabel("What happened").fill(reason);
  await page.getByLabel("Playbook").selectOption({ label: "TLD or enterprise (medium assurance)" });
  await page.getByRole("button", { name: "Open the workflow" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("open");
  await expect(page.getByTestId("contingency-facts")).toContainText("opened by hand");
  await expect(page.getByTestId("contingency-facts")).toContainText("TLD or enterprise (medium assurance)");
  // About the organisation, not a ceremony: the coordinators are the people concerned.
  await expect(page.getByRole("region", { name: "People concerned" })).toContainText("Tomás Ribeiro");

  await page.getByText("Abandon this workflow").click();
  await page.getByRole("button", { name: "Abandon workflow" }).click();
  await expect(page.getByText("Say why the workflow is abandoned (at least 3 characters).")).toBeVisible();
  await page.getByLabel("Why is it abandoned?").fill("The safe opened after all: no ceremony was at risk");
  await page.getByRole("button", { name: "Abandon workflow" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("abandoned");

  await page.goto("/contingencies");
  await expect(page.getByRole("row").filter({ hasText: "credential safe" })).toHaveCount(0);
  await page.getByLabel("Show").selectOption("closed");
  await page.getByLabel("Cause").selectOption("manual");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/view=closed.*cause=manual/);
  const rows = page.getByRole("row").filter({ hasText: "credential safe" });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("abandoned");
  await expect(page.getByRole("row").filter({ hasText: LABEL })).toHaveCount(0);
  await page.goto("/contingencies?view=active&cause=manual");
  await expect(page.getByTestId("contingencies-empty")).toContainText("No workflow matches these filters");
  await page.context().close();
});

test("an attachment step takes files: a disguised one is refused, the PDF is kept, listed and downloaded", async ({
  browser,
}) => {
  // The smallest well-formed PDF: what matters is its first bytes (%PDF-) and that it survives unchanged.
  const pdf = Buffer.from(
    "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
  );
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const page = await signedInPage(browser, COORDINATOR);
  await page.goto("/contingencies/new");
  await page.getByLabel("What happened").fill("The signer HSM room camera failed; the session runs remote");
  await page.getByLabel("Playbook").selectOption({ label: "Internal PKI (low assurance)" });
  await page.getByRole("button", { name: "Open the workflow" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("open");
  const url = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("acknowledged");
  const remote = page.getByRole("region", { name: /Remote ceremony/ });
  await remote.getByRole("button", { name: "Choose this option" }).click();
  await page.getByRole("button", { name: "Start execution" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("executing");

  const record = step(page, "record");
  await expect(record).toContainText("Evidence: attached files");
  const files = record.getByLabel("Evidence files (at least one)");
  await record.getByRole("button", { name: "Complete step" }).click();
  await expect(record.getByText("Attach at least one file as evidence")).toBeVisible();
  // HTML dressed as a PDF, with the browser claiming application/pdf: the content decides.
  await files.setInputFiles({
    name: "recording-index.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
  });
  await record.getByRole("button", { name: "Complete step" }).click();
  await expect(
    record.getByText("recording-index.pdf: only PDF, PNG, JPEG or plain-text files can be attached."),
  ).toBeVisible();
  await expect(record).toContainText("pending");

  await files.setInputFiles({ name: "recording-index.pdf", mimeType: "application/pdf", buffer: pdf });
  await record.getByLabel("Note (optional)").fill("Recording filed in the vault, shelf 3");
  await record.getByRole("button", { name: "Complete step" }).click();
  await expect(record).toContainText("done");
  const link = record.getByRole("link", { name: "recording-index.pdf" });
  await expect(link).toBeVisible();
  await expect(record.getByTestId("evidence-sha256")).toHaveAttribute("title", sha256);
  // More evidence may follow a done step until the workflow closes.
  await record.getByText("Add evidence files").click();
  await record.getByLabel("More evidence files").setInputFiles({
    name: "camera-ticket.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Ticket 4711: camera replaced\n"),
  });
  await record.getByRole("button", { name: "Add files" }).click();
  await expect(record.getByRole("link", { name: "camera-ticket.txt" })).toBeVisible();
  await expect(page.getByTestId("timeline").locator("li").last()).toContainText(
    "Added evidence to “Record the session and file the recording”. Files: camera-ticket.txt",
  );

  // The download is the same bytes, sent as a file to save and never as a page to render.
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/api\/contingencies\/[0-9a-f-]{36}\/evidence\/[0-9a-f-]{36}$/);
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  expect(download.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="recording-index.pdf"; filename*=UTF-8''recording-index.pdf`,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  });

  // The printed report names the file with its whole SHA-256.
  await page.goto(`${url}/report`);
  const reported = page.getByTestId("report-step-record");
  await expect(reported).toContainText("Recording filed in the vault");
  await expect(reported).toContainText("recording-index.pdf");
  await expect(reported).toContainText(sha256);
  await expect(page.getByTestId("report-timeline")).toContainText(`SHA-256 ${sha256.slice(0, 12)}…`);

  // Someone without access to workflows cannot fetch it by its address.
  const tcr = await signedInPage(browser, TCR);
  expect((await tcr.request.get(href)).status()).toBe(403);
  await tcr.context().close();

  await page.goto(url);
  await page.getByLabel("How was it resolved?").fill("Session recorded and filed; camera replaced.");
  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByTestId("contingency-state")).toHaveText("resolved");
  await page.context().close();
});
