import fc from "fast-check";
import type { CountryCode } from "@/lib/domain/quorum/countries";
import type { DateRange, Person, TravelRestriction } from "@/lib/domain/quorum/types";
import { RESPONSES } from "@/lib/domain/quorum/vocabulary";
import type { Role } from "@/lib/domain/roles";

/**
 * Random people and travel restrictions for the property tests (fast-check), over the given roles,
 * home countries and calendar days. Everyone may hold a seat in CO-EAST; restrictions target the US.
 */
export function quorumArbitraries(options: {
  roles: readonly Role[];
  countries: readonly CountryCode[];
  day: fc.Arbitrary<string>;
  maxWindows: number;
}) {
  const { roles, countries, day } = options;
  const range: fc.Arbitrary<DateRange> = fc
    .tuple(day, day)
    .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
  const person = (id: string): fc.Arbitrary<Person> =>
    fc
      .record({
        roles: fc.subarray([...roles], { minLength: 1 }),
        active: fc.boolean(),
        homeCountry: fc.constantFrom(...countries),
        travelOrigin: fc.option(fc.constantFrom(...countries), { nil: undefined }),
        response: fc.constantFrom(...RESPONSES),
        unavailable: fc.array(range, { maxLength: options.maxWindows }),
      })
      .map((p) => ({
        id,
        roles: p.roles,
        seats: [{ credentialSet: "CO-EAST", status: p.active ? "active" : "backup" }],
        homeCountry: p.homeCountry,
        ...(p.travelOrigin ? { travelOrigin: p.travelOrigin } : {}),
        response: p.response,
        unavailable: p.unavailable,
      }));
  const restriction: fc.Arbitrary<TravelRestriction> = fc
    .record({
      from: fc.constantFrom<CountryCode | "*">("*", ...countries),
      quarantine: fc.boolean(),
      days: fc.integer({ min: 1, max: 14 }),
      span: range,
      exempt: fc.subarray([...countries]),
    })
    .map(({ from, quarantine, days, span, exempt }) => {
      const base = { from, to: "US" as const, start: span.from, end: span.to, exempt };
      return quarantine
        ? { ...base, kind: "quarantine" as const, days }
        : { ...base, kind: "entry_ban" as const };
    });
  return { range, person, restriction };
}
