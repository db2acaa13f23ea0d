/** The folders and top-level files the rules read: the app, its tests, e2e, benchmarks and configuration. */
export const SOURCE_DIRS = [
  "app",
  "lib",
  "db",
  "emails",
  "scripts",
  "e2e",
  "bench",
  "security",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "drizzle.config.ts",
  "vitest.config.ts",
  "playwright.config.ts",
] as const;
