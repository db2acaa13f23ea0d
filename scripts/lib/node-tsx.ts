import { fileURLToPath } from "node:url";

/**
 * Node flags for a child process that runs the app's TypeScript: tsx, and "server-only" resolved as on
 * Next's server (scripts/lib/outside-next.mjs). Every script the project spawns starts with these.
 */
export const NODE_TSX = [
  "--import",
  "tsx",
  "--import",
  fileURLToPath(new URL("./outside-next.mjs", import.meta.url)),
] as const;
