import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

test.describe.configure({ mode: "serial" });

// The IANA documents kept in the repository (fixtures/iana, copied unchanged from dnssec-keytools).
const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/iana/", import.meta.url));
const FIXTURES = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith(".xml"));
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<KSR id="x" domain="." serial="0">&lol9;</KSR>`;

const fileInput = (page: Page) => page.getByLabel("Choose KSR or SKR files");
/** The latest result line for a file in the upload area's live region. */
const resultFor = (page: Page, name: string) =>
  page.getByRole("status").getByRole("listitem").filter({ hasText: name }).last();

test("a coordinator uploads every IANA document and sees each one's result", async ({ browser }) => {
  expect(FIXTURES).toHaveLength(6);
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto("/documents");
  await expect(page.getByRole("heading", { name: "KSRs and SKRs" })).toBeVisible();
  await fileInput(page).setInputFiles(FIXTURES.map((name) => path.join(FIXTURE_DIR, name)));
  for (const name of FIXTURES) {
    // Another spec may have stored the same bytes first; either way the file is on record.
    await expect(resultFor(page, name)).toContainText(/Stored|Already on file/);
    await expect(resultFor(page, name)).toContainText(name.startsWith("skr") ? "SKR" : "KSR");
  }
  await expect(resultFor(page, "ksr.bad.xml")).toContainText("2 errors");
  // The list refreshes to show them, with their file names and bundle periods.
  for (const name of FIXTURES) await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();

  await resultFor(page, "ksr.bad.xml").getByRole("link", { name: "View" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "KSR 4fe9bb10-6f6b-4503-8575-7824e2d66925",
  );
  const findings = page.getByRole("region", { name: "Findings" });
  await expect(findings.getByRole("row").filter({ hasText: "signature_invalid" })).toHaveCount(2);
  await expect(findings).toContainText("proof of possession fails");
  await expect(page.getByRole("region", { name: "Bundles" }).getByRole("row")).toHaveCount(10);
  await expect(page.getByTestId("pgp-words")).not.toBeEmpty();

  // On a phone the tables scroll inside their panels; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});

test("a hostile file is refused with the parser's reason, and a repeat is recognised", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto("/documents");
  await fileInput(page).setInputFiles({
    name: "lol.xml",
    mimeType: "text/xml",
    buffer: Buffer.from(BILLION_LAUGHS),
  });
  await expect(resultFor(page, "lol.xml")).toContainText("Refused");
  await expect(resultFor(page, "lol.xml")).toContainText("line 6: DOCTYPE is not allowed");
  await expect(page.getByRole("cell", { name: "lol.xml", exact: true })).toHaveCount(0);

  await fileInput(page).setInputFiles(path.join(FIXTURE_DIR, "skr-root-2017-q1-0.xml"));
  await expect(resultFor(page, "skr-root-2017-q1-0.xml")).toContainText("Already on file");
  await page.context().close();
});

test("an auditor sees the list but cannot upload, on the page or through the API", async ({ browser }) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto("/documents");
  await expect(page.getByRole("cell", { name: "skr-root-2017-q1-0.xml", exact: true })).toBeVisible();
  await expect(fileInput(page)).toHaveCount(0);
  const response = await page.request.post("/api/documents", {
    headers: { "Content-Type": "application/xml", "X-File-Name": "x.xml" },
    data: "<KSR/>",
  });
  expect(response.status()).toBe(403);
  await page.context().close();
});

test("the API refuses another site's request and an oversized body", async ({ browser }) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  const xml = { "Content-Type": "application/xml" };
  const foreign = await page.request.post("/api/documents", {
    headers: { ...xml, Origin: "https://evil.example" },
    data: "<KSR/>",
  });
  expect(foreign.status()).toBe(403);
  const huge = await page.request.post("/api/documents", { headers: xml, data: " ".repeat(1_048_577) });
  expect(huge.status()).toBe(413);
  await page.context().close();
});
