import { tryParseIsoInstant } from "@/lib/time";
import { findCeremonyDates } from "./date-finder";
import { parseWith, toSetupParts } from "./scenario";
import { dateSearchSchema } from "./scenario-schema";

const at = (text: string) => tryParseIsoInstant(text) as number;

/**
 * JSON adapter for the date finder: same people/requirements/restrictions as a scenario, plus a window,
 * an optional `notAfter` deadline and the `busy` ceremonies around it.
 */
export function findDatesForScenario(json: unknown) {
  const search = parseWith(dateSearchSchema, json);
  return findCeremonyDates(
    { facility: search.facility, ...toSetupParts(search) },
    {
      window: search.window,
      localStartTime: search.localStartTime,
      durationMinutes: search.durationMinutes,
      blackout: search.blackout,
      deadlines: search.notAfter ? [{ at: at(search.notAfter), label: "notAfter" }] : [],
      busy: search.busy.map((busy, index) => ({
        label: busy.label ?? `busy ${index + 1}`,
        facility: busy.facility,
        start: at(busy.start),
        end: at(busy.end),
        standbyDate: busy.standbyDate ?? null,
        people: busy.people.map((id) => ({ id, name: id })),
      })),
    },
  );
}
