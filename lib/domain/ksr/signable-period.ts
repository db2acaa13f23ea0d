import { formatInstantUtc, type Instant, MS_PER_DAY } from "@/lib/time";
import { ROOT_INSPECTION_POLICY } from "./inspection-policy";

const day = (instant: Instant) => formatInstantUtc(instant).slice(0, 10);

/**
 * Why a KSR's period does not follow a ceremony at `ceremonyStart`, or null when it does: to be signable
 * there, its first bundle must start after the ceremony and its last expire within the signing horizon
 * (the root's: 180 days).
 */
export function ksrPeriodMismatch(
  ksr: { firstInception: Instant; lastExpiration: Instant },
  ceremonyStart: Instant,
  horizonDays = ROOT_INSPECTION_POLICY.horizonDays,
): string | null {
  if (ksr.firstInception <= ceremonyStart)
    return `Its first bundle starts ${day(ksr.firstInception)}, before the ceremony on ${day(ceremonyStart)}.`;
  const horizon = ceremonyStart + horizonDays * MS_PER_DAY;
  if (ksr.lastExpiration > horizon)
    return `Its last bundle expires ${day(ksr.lastExpiration)}, more than ${horizonDays} days after the ceremony on ${day(ceremonyStart)}.`;
  return null;
}
