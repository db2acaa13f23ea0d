import { describe, expect, it } from "vitest";
import { person, quorumInput, staff } from "@/lib/testing/quorum-builders";
import { evaluateQuorum } from "./evaluate";
import type { Person, TravelRestriction } from "./types";

// Ceremony: KMF-EAST (US), 2020-04-23 13:00 New York.
const banAllToUs: TravelRestriction = {
  from: "*",
  to: "US",
  kind: "entry_ban",
  start: "2020-03-13",
  end: "2020-06-30",
  exempt: ["GB"],
};
const gbQuarantine: TravelRestriction = {
  from: "GB",
  to: "US",
  kind: "quarantine",
  days: 14,
  start: "2020-03-01",
  end: "2020-12-31",
  exempt: [],
};

function outcome(traveller: Person, restrictions: TravelRestriction[]) {
  const result = evaluateQuorum(quorumInput({ people: [traveller], restrictions }));
  return result.people[0];
}

describe("entry bans", () => {
  it("bans a `*` origin and names the rule with the traveller's origin and dates", () => {
    expect(outcome(person("se", { homeCountry: "SE" }), [banAllToUs])).toMatchObject({
      status: "cannot_attend",
      reasons: [{ rule: "entry_ban", message: "entry ban SE to US 2020-03-13..2020-06-30" }],
    });
  });

  it("never applies to people whose home country is the destination, whatever their origin", () => {
    const american = person("us", { homeCountry: "US", travelOrigin: "SE" });
    expect(outcome(american, [banAllToUs])?.status).toBe("confirmed");
  });

  it("skips exempt origins", () => {
    expect(outcome(person("gb", { homeCountry: "GB" }), [banAllToUs])?.status).toBe("confirmed");
  });

  it("matches a named origin only", () => {
    const seBan: TravelRestriction = { ...banAllToUs, from: "SE", exempt: [] };
    expect(outcome(person("de", { homeCountry: "DE" }), [seBan])?.status).toBe("confirmed");
    expect(outcome(person("se", { homeCountry: "SE" }), [seBan])?.status).toBe("cannot_attend");
  });

  it("ignores bans to another country", () => {
    const toCa: TravelRestriction = { ...banAllToUs, to: "CA" };
    expect(outcome(person("se", { homeCountry: "SE" }), [toCa])?.status).toBe("confirmed");
  });

  it("applies only when in force on the facility-local ceremony date", () => {
    const endedDayBefore: TravelRestriction = { ...banAllToUs, end: "2020-04-22" };
    const startsThatDay: TravelRestriction = { ...banAllToUs, start: "2020-04-23" };
    const se = person("se", { homeCountry: "SE" });
    expect(outcome(se, [endedDayBefore])?.status).toBe("confirmed");
    expect(outcome(se, [startsThatDay])?.status).toBe("cannot_attend");
  });

  it("uses travelOrigin instead of homeCountry as the origin", () => {
    // Lives in GB (exempt) but travels from SE: banned. Lives in SE but travels from GB: exempt.
    const fromSe = person("gb-via-se", { homeCountry: "GB", travelOrigin: "SE" });
    const fromGb = person("se-via-gb", { homeCountry: "SE", travelOrigin: "GB" });
    expect(outcome(fromSe, [banAllToUs])?.reasons[0]?.message).toBe(
      "entry ban SE to US 2020-03-13..2020-06-30",
    );
    expect(outcome(fromGb, [banAllToUs])?.status).toBe("confirmed");
  });
});

describe("quarantine", () => {
  it("blocks someone unavailable during the N days before the ceremony date", () => {
    const gb = person("gb", { homeCountry: "GB", unavailable: [{ from: "2020-04-15", to: "2020-04-16" }] });
    expect(outcome(gb, [gbQuarantine])).toMatchObject({
      status: "cannot_attend",
      reasons: [
        {
          rule: "quarantine",
          message:
            "quarantine 14 days GB to US 2020-03-01..2020-12-31: unavailable 2020-04-15..2020-04-16 during the quarantine 2020-04-09..2020-04-22",
        },
      ],
    });
  });

  it("lets someone free for the whole quarantine window attend", () => {
    const before = person("gb", {
      homeCountry: "GB",
      unavailable: [{ from: "2020-04-01", to: "2020-04-08" }],
    });
    expect(outcome(before, [gbQuarantine])?.status).toBe("confirmed");
  });

  it("does not apply to exempt origins or residents", () => {
    const exempt: TravelRestriction = { ...gbQuarantine, exempt: ["GB"] };
    const busy = [{ from: "2020-04-15", to: "2020-04-16" }];
    expect(outcome(person("gb", { homeCountry: "GB", unavailable: busy }), [exempt])?.status).toBe(
      "confirmed",
    );
    expect(outcome(person("us", { homeCountry: "US", unavailable: busy }), [gbQuarantine])?.status).toBe(
      "confirmed",
    );
  });
});

describe("remote participation", () => {
  const witness = { role: "external_witness" as const, min: 1 };

  it("refuses remote_only for a role that needs presence in the room", () => {
    expect(outcome(person("co", { response: "remote_only" }), [])).toMatchObject({
      status: "cannot_attend",
      reasons: [
        { rule: "remote_only", message: "attends remotely only: crypto officer needs presence in the room" },
      ],
    });
  });

  it("accepts remote_only, and a travel ban, for a role the policy lists as remote-capable", () => {
    const people = [staff("w", ["external_witness"], { response: "remote_only", homeCountry: "SE" })];
    const result = evaluateQuorum(
      quorumInput({
        requirements: [witness],
        people,
        restrictions: [banAllToUs],
        policy: { remoteRoles: ["external_witness"] },
      }),
    );
    expect(result.verdict).toBe("met");
    expect(result.people[0]).toMatchObject({ status: "confirmed", assignedTo: "external_witness" });
  });

  it("does not let a banned person fill an in-room requirement through a remote-capable role", () => {
    const both = staff("x", ["external_witness", "internal_witness"], { homeCountry: "SE" });
    const result = evaluateQuorum(
      quorumInput({
        requirements: [{ role: "internal_witness", min: 1 }],
        people: [both],
        restrictions: [banAllToUs],
        policy: { remoteRoles: ["external_witness"] },
      }),
    );
    expect(result.verdict).toBe("not_met");
    expect(result.people[0]?.assignedTo).toBeUndefined();
  });
});
