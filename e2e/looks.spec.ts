import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { navGroupsFor } from "../app/components/nav/nav-groups";
import type { PersonRole } from "../lib/domain/people";
import { signedInPage } from "./fixtures";

// Every page a role reaches from its menu, plus the pages it opens from there, checked by tools:
// axe-core finds no serious or critical violation, no page scrolls sideways on a 390 px phone,
// and a screenshot of each at 1,280 and 390 px is kept in test-results/screenshots.

interface Viewer {
  group: string;
  email: string;
  roles: PersonRole[];
  /** Pages that are not in the menu but that this person reaches from it. */
  opens: (page: Page) => Promise<string[]>;
}

const firstLink = async (page: Page, from: string, href: RegExp): Promise<string[]> => {
  await page.goto(from);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((h) => href.test(h));
  return found ? [found] : [];
};

const VIEWERS: Viewer[] = [
  {
    group: "coordinator",
    email: "coordinator@example.org",
    roles: ["coordinator"],
    opens: async (page) => [
      ...(await firstLink(page, "/ceremonies", /^\/ceremonies\/[0-9a-f-]{36}$/)).flatMap((c) => [
        c,
        `${c}/poll`,
      ]),
      ...(await firstLink(page, "/contingencies", /^\/contingencies\/[0-9a-f-]{36}$/)),
      "/ceremonies/new",
    ],
  },
  {
    group: "tcr",
    email: "co-east-7@example.org",
    roles: ["crypto_officer"],
    opens: (page) => firstLink(page, "/me", /^\/me\/ceremonies\/[0-9a-f-]{36}$/),
  },
  {
    group: "staff",
    email: "ca-east@example.org",
    roles: ["ceremony_administrator"],
    opens: (page) => firstLink(page, "/ceremonies", /^\/ceremonies\/[0-9a-f-]{36}$/),
  },
  {
    group: "auditor",
    email: "auditor@example.org",
    roles: ["auditor"],
    opens: (page) => firstLink(page, "/ceremonies", /^\/ceremonies\/[0-9a-f-]{36}$/),
  },
];

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const shotName = (group: string, path: string, width: number) =>
  `test-results/screenshots/${group}${path.replace(/[/?=&]+/g, "_").replace(/_[0-9a-f-]{36}/g, "_id")}-${width}.png`;

/** Serious and critical axe violations on the page as it is now, one line each, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function checkPage(page: Page, group: string, path: string) {
  await page.setViewportSize(WIDE);
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path} answers`).toBeLessThan(400);
  await expect.soft(page.locator("main h1").first(), `${path} has a heading`).toBeVisible();
  expect.soft(await seriousViolations(page), `${path} at 1280 px`).toEqual([]);
  await page.screenshot({ path: shotName(group, path, WIDE.width), fullPage: true });

  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(PHONE.width);
  expect.soft(await seriousViolations(page), `${path} at 390 px`).toEqual([]);
  await page.screenshot({ path: shotName(group, path, PHONE.width), fullPage: true });
}

test("the sign-in page passes axe and fits a phone", async ({ page }) => {
  await checkPage(page, "signed-out", "/signin");
});

for (const viewer of VIEWERS) {
  test(`every page a ${viewer.group} reaches passes axe and fits a phone`, async ({ browser }) => {
    test.setTimeout(240_000);
    const page = await signedInPage(browser, viewer.email);
    const menu = navGroupsFor(viewer.roles).flatMap((g) => g.links.map((l) => l.href));
    const opened = await viewer.opens(page);
    expect(opened.length, "the pages opened from the menu were found").toBeGreaterThan(0);
    for (const path of [...menu, ...opened]) await checkPage(page, viewer.group, path);
    await page.context().close();
  });
}
