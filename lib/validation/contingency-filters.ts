import { z } from "zod";
import { CONTINGENCY_CAUSES, CONTINGENCY_STATES } from "@/lib/domain/contingency/vocabulary";

export const CONTINGENCY_VIEWS = ["active", "closed", "all"] as const;

/** List filters from the URL; anything unrecognised falls back to the default instead of failing. */
export const contingencyFilters = z.object({
  view: z.enum(CONTINGENCY_VIEWS).catch("active"),
  state: z.enum(CONTINGENCY_STATES).optional().catch(undefined),
  cause: z.enum(CONTINGENCY_CAUSES).optional().catch(undefined),
  ceremonyId: z.uuid().optional().catch(undefined),
});
export type ContingencyFilters = z.infer<typeof contingencyFilters>;

export function parseContingencyFilters(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  return contingencyFilters.parse({
    view: first(params.view),
    state: first(params.state),
    cause: first(params.cause),
    ceremonyId: first(params.ceremonyId),
  });
}
