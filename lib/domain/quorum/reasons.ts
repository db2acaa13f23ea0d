import { words } from "@/lib/domain/words";
import { type DayNumber, dayNumberToCivil } from "@/lib/time";
import { type CeremonySpan, HIT } from "./feasibility";
import type { PreparedPerson, PreparedQuorum, PreparedRestriction } from "./prepare";
import type { Reason } from "./types";

// Turns rule hits into sentences a coordinator can act on: each names its rule and its dates.

// A ceremony's reasons repeat the same few dates hundreds of times: format each day once.
const civilCache = new Map<DayNumber, string>();
function civil(day: DayNumber): string {
  const cached = civilCache.get(day);
  if (cached !== undefined) return cached;
  if (civilCache.size > 10_000) civilCache.clear();
  const text = dayNumberToCivil(day);
  civilCache.set(day, text);
  return text;
}

function range(from: DayNumber, to: DayNumber): string {
  return `${civil(from)}..${civil(to)}`;
}

function windowsWithin(person: PreparedPerson, first: DayNumber, last: DayNumber): string[] {
  const out: string[] = [];
  for (let i = 0; i < person.windows.length; i += 2) {
    const from = person.windows[i] as number;
    const to = person.windows[i + 1] as number;
    if (from <= last && to >= first) out.push(range(from, to));
  }
  return out;
}

function restrictionLabel(prepared: PreparedRestriction, origin: string): string {
  const { restriction } = prepared;
  const kind = restriction.kind === "entry_ban" ? "entry ban" : `quarantine ${prepared.days} days`;
  return `${kind} ${origin} to ${restriction.to} ${range(prepared.startDay, prepared.endDay)}`;
}

function inForce(prepared: PreparedRestriction, day: DayNumber): boolean {
  return day >= prepared.startDay && day <= prepared.endDay;
}

export function describeReasons(
  quorum: PreparedQuorum,
  person: PreparedPerson,
  hits: number,
  span: CeremonySpan,
): Reason[] {
  const reasons: Reason[] = [];
  if (hits === 0) return reasons;
  const ceremonyDates = range(span.startDay, span.endDay);
  if (hits & HIT.declined) reasons.push({ rule: "declined", message: "declined the invitation" });
  if (hits & HIT.unavailable) {
    for (const window of windowsWithin(person, span.startDay, span.endDay)) {
      reasons.push({ rule: "unavailable", message: `unavailable ${window} (ceremony ${ceremonyDates})` });
    }
  }
  for (const restriction of person.restrictions) {
    if (!inForce(restriction, span.startDay)) continue;
    if (restriction.days === 0 && hits & HIT.entryBan) {
      reasons.push({ rule: "entry_ban", message: restrictionLabel(restriction, person.origin) });
    }
    if (restriction.days > 0 && hits & HIT.quarantine) {
      const first = span.startDay - restriction.days;
      const last = span.startDay - 1;
      const clashes = windowsWithin(person, first, last);
      if (clashes.length === 0) continue;
      reasons.push({
        rule: "quarantine",
        message: `${restrictionLabel(restriction, person.origin)}: unavailable ${clashes.join(", ")} during the quarantine ${range(first, last)}`,
      });
    }
  }
  if (hits & HIT.remoteOnly) {
    const inRoom = quorum.requirements
      .filter((prepared) => !prepared.remote && person.person.roles.includes(prepared.requirement.role))
      .map((prepared) => words(prepared.requirement.role));
    const roles = [...new Set(inRoom)];
    const detail = roles.length > 0 ? `${roles.join(", ")} needs presence in the room` : "no remote role";
    reasons.push({ rule: "remote_only", message: `attends remotely only: ${detail}` });
  }
  if (hits & HIT.standbyUnavailable) {
    reasons.push({
      rule: "standby_unavailable",
      message: `unavailable on the standby date ${civil(span.standbyDay)}`,
    });
  }
  return reasons;
}
