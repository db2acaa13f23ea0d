import type { Instant } from "./instant";

/**
 * The one reading of the clock. Entry points (the action wrapper, route handlers, job handlers, loaders,
 * scripts, Auth.js) call it once and pass `now` on; services, queries and the domain never read it.
 */
export function currentInstant(): Instant {
  return Date.now();
}
