import { findCeremonyDates } from "./date-finder";
import { parseWith, toSetupParts } from "./scenario";
import { dateSearchSchema } from "./scenario-schema";

/** JSON adapter for the date finder: same people/requirements/restrictions as a scenario, plus a window. */
export function findDatesForScenario(json: unknown) {
  const search = parseWith(dateSearchSchema, json);
  return findCeremonyDates(
    { facility: search.facility, ...toSetupParts(search) },
    {
      window: search.window,
      localStartTime: search.localStartTime,
      durationMinutes: search.durationMinutes,
      blackout: search.blackout,
    },
  );
}
