import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

// The security suite: the production build started as `npm start` would start it (and twice more on
// the real PostgreSQL: exposed on every interface with a mail provider that hangs, and behind a
// trusted proxy), attacked over HTTP. See global-setup.ts for the three servers.
export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../test-results/security",
  globalSetup: "./global-setup.ts",
  timeout: 120_000,
  reporter: [["list"], ["json", { outputFile: "../test-results/security.json" }]],
  use: { ...base.use, baseURL: undefined },
  webServer: undefined,
});
