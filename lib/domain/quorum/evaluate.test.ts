import { describe, expect, it } from "vitest";
import { CO3, EAST, instant, person, quorumInput, staff } from "@/lib/testing/quorum-builders";
import { evaluateQuorum } from "./evaluate";

const threeCos = [person("co-1"), person("co-2"), person("co-3")];

function byId(result: ReturnType<typeof evaluateQuorum>, id: string) {
  const found = result.people.find((p) => p.id === id);
  if (!found) throw new Error(`no person ${id}`);
  return found;
}

describe("quorum verdict", () => {
  it("is met when confirmed people cover every requirement, with margin 0 at exactly min", () => {
    const result = evaluateQuorum(quorumInput({ people: threeCos }));
    expect(result.verdict).toBe("met");
    expect(result.requirements).toEqual([
      {
        role: "crypto_officer",
        credentialSet: "CO-EAST",
        min: 3,
        confirmed: 3,
        possible: 0,
        margin: 0,
        met: true,
      },
    ]);
    expect(result.people.map((p) => [p.status, p.assignedTo])).toEqual([
      ["confirmed", "crypto_officer/CO-EAST"],
      ["confirmed", "crypto_officer/CO-EAST"],
      ["confirmed", "crypto_officer/CO-EAST"],
    ]);
  });

  it("counts two spare confirmed people as margin +2", () => {
    const people = [...threeCos, person("co-4"), person("co-5")];
    const result = evaluateQuorum(quorumInput({ people }));
    expect(result.requirements[0]?.margin).toBe(2);
    expect(result.requirements[0]?.confirmed).toBe(3);
  });

  it("is at_risk when only if_need_be / no_answer people close the gap", () => {
    const people = [
      person("co-1"),
      person("co-2", { response: "if_need_be" }),
      person("co-3", { response: "no_answer" }),
    ];
    const result = evaluateQuorum(quorumInput({ people }));
    expect(result.verdict).toBe("at_risk");
    expect(result.requirements[0]).toMatchObject({ confirmed: 1, possible: 2, margin: -2, met: false });
    expect(byId(result, "co-2").status).toBe("possible");
    expect(byId(result, "co-3").status).toBe("possible");
  });

  it("is not_met when even possible people do not suffice, and says by how much", () => {
    const result = evaluateQuorum(
      quorumInput({ people: [person("co-1"), person("co-2", { response: "declined" })] }),
    );
    expect(result.verdict).toBe("not_met");
    expect(result.requirements[0]).toMatchObject({ confirmed: 1, possible: 0, margin: -2, met: false });
    expect(byId(result, "co-2")).toMatchObject({ status: "cannot_attend", reasons: [{ rule: "declined" }] });
  });
});

describe("separation of duties", () => {
  const requirements = [
    { role: "ceremony_administrator" as const, min: 1 },
    { role: "internal_witness" as const, min: 1 },
  ];

  it("finds the assignment greedy order misses (A could be CA or IW, B only CA)", () => {
    // Greedy in input order would give A the first requirement (CA) and leave IW empty.
    const people = [
      staff("a", ["ceremony_administrator", "internal_witness"]),
      staff("b", ["ceremony_administrator"]),
    ];
    const result = evaluateQuorum(quorumInput({ requirements, people }));
    expect(result.verdict).toBe("met");
    expect(byId(result, "a").assignedTo).toBe("internal_witness");
    expect(byId(result, "b").assignedTo).toBe("ceremony_administrator");
  });

  it("never lets one person fill two requirements", () => {
    const people = [staff("a", ["ceremony_administrator", "internal_witness"])];
    const result = evaluateQuorum(quorumInput({ requirements, people }));
    expect(result.verdict).toBe("not_met");
    expect(result.requirements.filter((r) => r.met)).toHaveLength(1);
  });

  it("moves a confirmed person rather than leave a slot a possible person could fill", () => {
    const people = [
      staff("c", ["ceremony_administrator", "internal_witness"]),
      staff("p", ["ceremony_administrator"], { response: "if_need_be" }),
    ];
    const result = evaluateQuorum(quorumInput({ requirements, people }));
    expect(result.verdict).toBe("at_risk");
    expect(byId(result, "c").assignedTo).toBe("internal_witness");
    expect(byId(result, "p").assignedTo).toBe("ceremony_administrator");
    expect(result.requirements.reduce((sum, r) => sum + r.confirmed, 0)).toBe(1);
  });

  it("counts a spare reachable only by moving someone to another requirement", () => {
    // a holds both roles and is needed as CA while b is IW; d (CA only) could take over CA and free a.
    const people = [
      staff("a", ["ceremony_administrator", "internal_witness"]),
      staff("b", ["internal_witness"]),
      staff("d", ["ceremony_administrator"]),
    ];
    const result = evaluateQuorum(quorumInput({ requirements, people }));
    expect(result.verdict).toBe("met");
    expect(result.requirements.map((r) => r.margin)).toEqual([1, 1]);
  });
});

describe("credential seats", () => {
  it("counts only active seats in the named set (backup and retired seats do not count)", () => {
    const people = [
      person("co-1"),
      person("co-2"),
      person("co-backup", { seats: [{ credentialSet: "CO-EAST", status: "backup" }] }),
      person("co-retired", { seats: [{ credentialSet: "CO-EAST", status: "retired" }] }),
      person("co-west", { seats: [{ credentialSet: "CO-WEST", status: "active" }] }),
    ];
    const result = evaluateQuorum(quorumInput({ people }));
    expect(result.verdict).toBe("not_met");
    expect(result.requirements[0]).toMatchObject({ confirmed: 2, margin: -1 });
    expect(byId(result, "co-backup").status).toBe("confirmed");
    expect(byId(result, "co-backup").assignedTo).toBeUndefined();
  });

  it("does not count a seat holder who lacks the role", () => {
    const people = [
      ...threeCos.slice(0, 2),
      staff("sa", ["system_administrator"], {
        seats: [{ credentialSet: CO3.credentialSet ?? "", status: "active" }],
      }),
    ];
    expect(evaluateQuorum(quorumInput({ people })).verdict).toBe("not_met");
  });
});

describe("dates in the facility's zone", () => {
  // 21:30 in New York on 2020-04-23 is already 01:30 UTC on 2020-04-24 (and 07:15 on the 24th in Kathmandu).
  const lateStart = { facility: EAST, start: instant("2020-04-24T01:30:00Z"), durationMinutes: 60 };

  it("reads unavailability on the facility-local date, not the UTC date", () => {
    const people = [
      ...threeCos.slice(0, 2),
      person("away-utc-date", { unavailable: [{ from: "2020-04-24", to: "2020-04-24" }] }),
    ];
    const result = evaluateQuorum(quorumInput({ ceremony: lateStart, people }));
    expect(byId(result, "away-utc-date").status).toBe("confirmed");
    expect(result.verdict).toBe("met");
  });

  it("blocks someone away on the facility-local date even though the UTC date differs", () => {
    const people = [
      ...threeCos.slice(0, 2),
      person("away", { unavailable: [{ from: "2020-04-23", to: "2020-04-23" }] }),
    ];
    const result = evaluateQuorum(quorumInput({ ceremony: lateStart, people }));
    expect(byId(result, "away")).toMatchObject({
      status: "cannot_attend",
      reasons: [
        {
          rule: "unavailable",
          message: "unavailable 2020-04-23..2020-04-23 (ceremony 2020-04-23..2020-04-23)",
        },
      ],
    });
  });

  it("spans two local dates when a late ceremony runs past midnight", () => {
    const ceremony = { ...lateStart, durationMinutes: 180 };
    const people = [
      ...threeCos.slice(0, 2),
      person("away", { unavailable: [{ from: "2020-04-24", to: "2020-04-30" }] }),
    ];
    const result = evaluateQuorum(quorumInput({ ceremony, people }));
    expect(byId(result, "away").reasons[0]?.message).toBe(
      "unavailable 2020-04-24..2020-04-30 (ceremony 2020-04-23..2020-04-24)",
    );
  });

  it("mentions (without blocking) unavailability on the standby date", () => {
    const people = [
      ...threeCos.slice(0, 2),
      person("co-3", { unavailable: [{ from: "2020-04-24", to: "2020-04-24" }] }),
    ];
    const result = evaluateQuorum(quorumInput({ people }));
    expect(result.verdict).toBe("met");
    expect(byId(result, "co-3").reasons).toEqual([
      { rule: "standby_unavailable", message: "unavailable on the standby date 2020-04-24" },
    ]);
  });
});
