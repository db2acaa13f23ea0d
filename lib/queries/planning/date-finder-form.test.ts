import { describe, expect, it } from "vitest";
import { parseDateFinderQuery } from "./date-finder-form";

const facilityId = "0b8f3f4e-8d0c-4a53-9a59-2f7d1c3e5a10";
const templateId = "6a1c2d3e-4f50-4a61-8b72-9c83d4e5f601";

describe("the date finder's query", () => {
  it("starts with weekdays only ticked and no search", () => {
    const { values, query } = parseDateFinderQuery({}, "2026-12-03");
    expect(values.weekdaysOnly).toBe("on");
    expect(query).toBeNull();
  });

  it("keeps weekdays only unticked once the form is sent without it", () => {
    const sent = {
      facilityId,
      templateId,
      from: "2027-01-01",
      to: "2027-01-10",
      time: "13:00",
      duration: "240",
    };
    expect(parseDateFinderQuery(sent, "2026-12-03").query?.weekdaysOnly).toBe(false);
    expect(parseDateFinderQuery({ ...sent, weekdaysOnly: "on" }, "2026-12-03").query?.weekdaysOnly).toBe(
      true,
    );
  });
});
