/** The folders and top-level files whose imports the layer rules govern. */
export const SOURCE_DIRS = [
  "app",
  "lib",
  "db",
  "emails",
  "scripts",
  "instrumentation.ts",
  "proxy.ts",
] as const;
