import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

test.describe.configure({ mode: "serial" });

const KSR = "ksr-root-2018-q1-0-d_to_e.xml";
const KSR_BYTES = readFileSync(fileURLToPath(new URL(`../fixtures/iana/${KSR}`, import.meta.url)));

async function openKc62(page: Page) {
  await page.goto("/ceremonies");
  await page.getByRole("link", { name: "KC62", exact: true }).click();
  await expect(page.getByRole("heading", { name: /KC62/ })).toBeVisible();
}

test("a coordinator links KC62 to its KSR and the page reads its hash as PGP words", async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  const upload = await page.request.post("/api/documents", {
    data: KSR_BYTES,
    headers: { "content-type": "application/xml", "x-file-name": KSR, origin: baseURL ?? "" },
  });
  expect([200, 201]).toContain(upload.status());
  const { id, sha256 } = (await upload.json()) as { id: string; sha256: string };

  await openKc62(page);
  const panel = page.getByRole("region", { name: "KSR to sign" });
  await expect(panel).toContainText("No KSR is linked yet.");
  const choice = panel.getByLabel("KSR this ceremony signs");
  await expect(choice.locator("option", { hasText: KSR })).toHaveText(
    new RegExp(
      `^${KSR.replace(/\./g, "\\.")} · 2018-01-01 → 2018-04-12 · serial 0 · SHA-256 ${sha256.slice(0, 8)}… · `,
    ),
  );
  await choice.selectOption(id);
  await panel.getByRole("button", { name: "Save KSR" }).click();
  // A 2018 KSR does not follow a ceremony years later: the page says why and asks for a confirmation.
  await expect(panel.getByText(/Its first bundle starts 2018-01-01, before the ceremony on/)).toBeVisible();
  await expect(panel).toContainText("No KSR is linked yet.");
  await panel.getByLabel(/Link it even if its period does not follow/).check();
  await panel.getByRole("button", { name: "Save KSR" }).click();
  const hex = sha256.match(/.{8}/g)?.join(" ") ?? "";
  await expect(panel.getByTestId("ksr-sha256")).toHaveText(hex);
  await expect(panel.getByTestId("ksr-pgp-words").getByRole("listitem")).toHaveCount(32);
  await expect(panel).toContainText("Not verified yet");
  await page.context().close();

  // The invitees witness the hash check: their own page shows the same hash and words.
  const tcr = await signedInPage(browser, "co-east-1@example.org");
  await tcr.goto("/me");
  await tcr.getByRole("link", { name: "KC62" }).click();
  const seen = tcr.getByRole("region", { name: "KSR to sign" });
  await expect(seen.getByTestId("ksr-sha256")).toHaveText(hex);
  await expect(seen.getByTestId("ksr-pgp-words").getByRole("listitem")).toHaveCount(32);
  await expect(seen.getByRole("link", { name: /4fe9bb10/ })).toHaveCount(0);
  await tcr.context().close();
});

test("staff record the out-of-band verification; an auditor sees it and can change nothing", async ({
  browser,
}) => {
  const staff = await signedInPage(browser, "ssc1-east@example.org");
  await openKc62(staff);
  const panel = staff.getByRole("region", { name: "KSR to sign" });
  await expect(panel.getByLabel("KSR this ceremony signs")).toHaveCount(0);
  await panel.getByText("Record a verification").click();
  await panel.getByLabel("Confirmed by (name and organisation)").fill("Z. Operator, ZSK operator");
  await panel.getByLabel("Channel").selectOption("video_call");
  await panel.getByRole("button", { name: "Record verification" }).click();
  // Without the date, time and the words-matched box the record is refused, each field named.
  await expect(panel.getByText("Enter the date as YYYY-MM-DD.")).toBeVisible();
  await expect(panel.getByText(/every word matched/)).toBeVisible();
  // Now, on the recorder's own clock (KMF East staff live in New York).
  const [date, time] = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "America/New_York",
    dateStyle: "short",
    timeStyle: "short",
  })
    .format(new Date())
    .split(" ");
  await panel.getByLabel(/^Date/).fill(date ?? "");
  await panel.getByLabel("Time", { exact: true }).fill(time ?? "");
  await panel.getByLabel("Every word matched what the producer read back").check();
  await panel.getByRole("button", { name: "Record verification" }).click();
  await expect(panel.getByTestId("ksr-verifications")).toContainText(
    "Confirmed by Z. Operator, ZSK operator by video call",
  );
  await staff.context().close();

  const auditor = await signedInPage(browser, "auditor@example.org");
  await openKc62(auditor);
  const seen = auditor.getByRole("region", { name: "KSR to sign" });
  await expect(seen.getByTestId("ksr-verifications")).toContainText("Z. Operator");
  await expect(seen.getByText("Record a verification")).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Save KSR" })).toHaveCount(0);
  await auditor.context().close();
});
