import "server-only";
import { personIdOf } from "@/lib/auth/actor";
import { requireAccess } from "@/lib/auth/guard";
import { ownApiTokens } from "@/lib/queries/api-tokens/own-tokens";
import { getRuntime } from "@/lib/runtime";

/** The signed-in person's own API tokens for /settings/tokens. */
export async function loadApiTokensPage() {
  const actor = await requireAccess("api_tokens.manage_own", "/settings/tokens");
  const { db } = await getRuntime();
  const tokens = await ownApiTokens(db, personIdOf(actor));
  return { tokens };
}
