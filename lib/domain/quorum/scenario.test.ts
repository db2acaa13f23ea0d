import { describe, expect, it } from "vitest";
import { evaluateScenario, ScenarioError } from "./scenario";

// The example scenario from the README ("Command line").
const example = {
  ceremony: {
    facility: { code: "KMF-EAST", country: "US", timeZone: "America/New_York" },
    start: "2020-04-23T13:00:00-04:00",
    durationMinutes: 240,
  },
  requirements: [
    { role: "crypto_officer", credentialSet: "CO-EAST", min: 3 },
    { role: "ceremony_administrator", min: 1 },
  ],
  people: [
    {
      id: "co-1",
      roles: ["crypto_officer"],
      credentialSets: ["CO-EAST"],
      homeCountry: "SE",
      response: "attending",
      unavailable: [{ from: "2020-04-20", to: "2020-04-24" }],
    },
  ],
  travelRestrictions: [
    { from: "*", to: "US", kind: "entry_ban", start: "2020-03-13", end: "2020-06-30", exempt: ["GB"] },
    { from: "GB", to: "US", kind: "quarantine", days: 14, start: "2020-03-01", end: "2020-12-31" },
  ],
  policy: { remoteRoles: [] },
};

function errorOf(json: unknown): ScenarioError {
  try {
    evaluateScenario(json);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error("scenario was accepted");
}

describe("JSON scenario", () => {
  it("evaluates the documented example with every reason for co-1", () => {
    expect(evaluateScenario(example)).toEqual({
      verdict: "not_met",
      requirements: [
        {
          role: "crypto_officer",
          credentialSet: "CO-EAST",
          min: 3,
          confirmed: 0,
          possible: 0,
          margin: -3,
          met: false,
        },
        { role: "ceremony_administrator", min: 1, confirmed: 0, possible: 0, margin: -1, met: false },
      ],
      people: [
        {
          id: "co-1",
          status: "cannot_attend",
          reasons: [
            "unavailable 2020-04-20..2020-04-24 (ceremony 2020-04-23..2020-04-23)",
            "entry ban SE to US 2020-03-13..2020-06-30",
            "unavailable on the standby date 2020-04-24",
          ],
        },
      ],
    });
  });

  it("fills defaults for optional fields", () => {
    const minimal = {
      ceremony: { ...example.ceremony, start: "2020-04-23T17:00:00Z" },
      requirements: [{ role: "ceremony_administrator", min: 1 }],
      people: [{ id: "ca", roles: ["ceremony_administrator"], homeCountry: "US", response: "attending" }],
    };
    expect(evaluateScenario(minimal).verdict).toBe("met");
  });

  it("accepts any offset for start, since it is an instant", () => {
    const utc = evaluateScenario({
      ...example,
      ceremony: { ...example.ceremony, start: "2020-04-23T17:00:00Z" },
    });
    expect(utc).toEqual(evaluateScenario(example));
  });

  it.each([
    [{ ...example, people: [{ ...example.people[0], homeCountry: "XX" }] }, "people.0.homeCountry"],
    [{ ...example, people: [{ ...example.people[0], travelOrigin: "UK" }] }, "people.0.travelOrigin"],
    [
      {
        ...example,
        ceremony: { ...example.ceremony, facility: { ...example.ceremony.facility, timeZone: "Mars/Base" } },
      },
      "ceremony.facility.timeZone",
    ],
    [{ ...example, ceremony: { ...example.ceremony, start: "2020-04-23T13:00:00" } }, "ceremony.start"],
    [{ ...example, requirements: [{ role: "janitor", min: 1 }] }, "requirements.0.role"],
    [{ ...example, people: [{ ...example.people[0], response: "maybe" }] }, "people.0.response"],
    [
      {
        ...example,
        people: [{ ...example.people[0], unavailable: [{ from: "2020-04-24", to: "2020-04-20" }] }],
      },
      "people.0.unavailable.0.to",
    ],
    [
      { ...example, travelRestrictions: [{ ...example.travelRestrictions[1], days: undefined }] },
      "travelRestrictions.0.days",
    ],
    [{ ...example, people: [example.people[0], example.people[0]] }, "people.1.id"],
    [
      {
        ...example,
        people: [{ ...example.people[0], unavailable: [{ from: "2021-02-30", to: "2021-03-01" }] }],
      },
      "people.0.unavailable.0.from",
    ],
  ])("rejects an invalid field and names its path (%#)", (json, path) => {
    expect(errorOf(json).path).toBe(path);
  });
});
