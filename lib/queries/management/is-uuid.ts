import "server-only";
import { z } from "zod";

const uuid = z.uuid();

/** Ids from URLs are checked before they reach SQL: a malformed one is simply "not found". */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
