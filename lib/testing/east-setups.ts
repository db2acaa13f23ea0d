import fc from "fast-check";
import type { QuorumSetup } from "@/lib/domain/quorum/types";
import type { Role } from "@/lib/domain/roles";
import { addDaysToCivil } from "@/lib/time";
import { quorumArbitraries } from "./quorum-arbitraries";
import { EAST } from "./quorum-builders";

// Random setups at the East facility over a three-week window, shared by the property tests that
// compare a fast path (date finder, date poll) with evaluateQuorum date by date.

export const ROLES_DRAWN: Role[] = [
  "crypto_officer",
  "ceremony_administrator",
  "internal_witness",
  "external_witness",
];
const countries = ["US", "SE", "GB", "JP"] as const;
export const WINDOW_START = "2021-03-01";
// Dates from two weeks before the window (quarantines look back) to a week after it.
const day = fc.integer({ min: -14, max: 30 }).map((offset) => addDaysToCivil(WINDOW_START, offset));
const { person: personArb, restriction: restrictionArb } = quorumArbitraries({
  roles: ROLES_DRAWN,
  countries,
  day,
  maxWindows: 3,
});

export const eastSetupArb: fc.Arbitrary<QuorumSetup> = fc
  .record({
    people: fc
      .integer({ min: 0, max: 14 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => personArb(`p${i}`)))),
    restrictions: fc.array(restrictionArb, { maxLength: 4 }),
    co: fc.integer({ min: 1, max: 3 }),
    others: fc.integer({ min: 0, max: 2 }),
    remote: fc.subarray(ROLES_DRAWN),
  })
  .map(({ people, restrictions, co, others, remote }) => ({
    facility: EAST,
    requirements: [
      { role: "crypto_officer", credentialSet: "CO-EAST", min: co },
      ...(others ? [{ role: "internal_witness" as const, min: others }] : []),
      { role: "external_witness", min: 1 },
    ],
    people,
    restrictions,
    policy: { remoteRoles: remote },
  }));
