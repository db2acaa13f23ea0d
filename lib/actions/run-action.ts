import "server-only";
import { unstable_rethrow } from "next/navigation";
import { asAppError, isAppError } from "@/lib/errors";
import { currentInstant, type Instant } from "@/lib/time";
import type { FormState } from "./form-state";

/**
 * Runs a server action's work at the clock read once here, and turns our error codes into a form state. Next's own interrupts
 * (redirect, forbidden) pass through; anything unexpected is logged and shown as a generic failure.
 */
export async function runAction(work: (now: Instant) => Promise<FormState>): Promise<FormState> {
  try {
    return await work(currentInstant());
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      return {
        status: "error",
        code: error.code,
        message: error.message,
        fields: error.fields,
        current: error.current,
      };
    }
    const failure = asAppError(error);
    if (failure.code === "internal") console.error("[action]", error);
    return { status: "error", code: failure.code, message: failure.message, fields: {} };
  }
}
