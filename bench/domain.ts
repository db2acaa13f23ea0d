// Benchmarks of the pure domain engines: KSR inspection against a bare saxes scan, quorum evaluation,
// and the date finder, on a deterministic (seeded) dataset.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { trustedCoverage } from "@/lib/domain/coverage";
import {
  checkDocumentPolicy,
  inspectKsr,
  parseKsrDocument,
  summarizeInspection,
  verifySignatures,
} from "@/lib/domain/ksr";
import {
  type BusyCeremony,
  COUNTRY_CODES,
  evaluatePoll,
  evaluateQuorum,
  findCeremonyDates,
  type Person,
  POLL_MARKS,
  type PollMark,
  type PollQuestion,
  type QuorumInput,
  RESPONSES,
  type Requirement,
  type TravelRestriction,
} from "@/lib/domain/quorum";
import { ROLES } from "@/lib/domain/roles";
import { ROOT_TRUST_ANCHORS } from "@/lib/domain/trust";
import { addDaysToCivil, instantOfLocal, MS_PER_MINUTE } from "@/lib/time";
import type { BenchSuite } from "./run";

/** mulberry32: a tiny seeded PRNG so every run benchmarks the same dataset. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const FACILITY = { code: "KMF-EAST", country: "US" as const, timeZone: "America/New_York" };
const YEAR_START = "2021-01-01";

export function dataset(peopleCount: number, restrictionCount: number): Omit<QuorumInput, "ceremony"> {
  const random = seeded(20_200_423);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const countries = COUNTRY_CODES.slice(0, 40);
  const day = () => addDaysToCivil(YEAR_START, Math.floor(random() * 365));
  const people = Array.from({ length: peopleCount }, (_, index): Person => {
    const roles = [pick(ROLES), ...(random() < 0.3 ? [pick(ROLES)] : [])];
    const unavailable = Array.from({ length: Math.floor(random() * 4) }, () => {
      const from = day();
      return { from, to: addDaysToCivil(from, Math.floor(random() * 10)) };
    });
    return {
      id: `p${index}`,
      roles,
      seats: roles.includes("crypto_officer")
        ? [{ credentialSet: "CO-EAST", status: random() < 0.8 ? "active" : "backup" }]
        : [],
      homeCountry: random() < 0.4 ? "US" : pick(countries),
      response: pick(RESPONSES),
      unavailable,
    };
  });
  const restrictions = Array.from({ length: restrictionCount }, (): TravelRestriction => {
    const start = day();
    const base = {
      from: random() < 0.1 ? ("*" as const) : pick(countries),
      to: random() < 0.7 ? ("US" as const) : pick(countries),
      start,
      end: addDaysToCivil(start, 30 + Math.floor(random() * 120)),
      exempt: [pick(countries)],
    };
    return random() < 0.5 ? { ...base, kind: "entry_ban" } : { ...base, kind: "quarantine", days: 14 };
  });
  const requirements: Requirement[] = [
    { role: "crypto_officer", credentialSet: "CO-EAST", min: 3 },
    { role: "ceremony_administrator", min: 1 },
    { role: "internal_witness", min: 1 },
    { role: "safe_security_controller", min: 2 },
    { role: "system_administrator", min: 1 },
    { role: "external_witness", min: 1 },
  ];
  return { requirements, people, restrictions, policy: { remoteRoles: ["external_witness"] } };
}

/** `count` other ceremonies over the year: one in five at the searched facility, each expecting 8 people. */
export function busyCalendar(count: number, people: readonly Person[]): BusyCeremony[] {
  const random = seeded(20_201_001);
  return Array.from({ length: count }, (_, index) => {
    const date = addDaysToCivil(YEAR_START, Math.floor(random() * 365));
    const start = instantOfLocal(date, "10:00", FACILITY.timeZone);
    const expected = Array.from({ length: 8 }, () => people[Math.floor(random() * people.length)] as Person);
    return {
      label: `B${index}`,
      facility: index % 5 === 0 ? FACILITY.code : `KMF-${index % 7}`,
      start,
      end: start + 240 * MS_PER_MINUTE,
      standbyDate: addDaysToCivil(date, 1),
      people: expected.map((p) => ({ id: p.id, name: p.id })),
    };
  });
}

/** A poll of `dates` weekdays from 2021-04-19 over `people`: each marks ~4 in 5 dates, at random (seeded). */
export function pollMatrix(people: readonly Person[], dates: number): PollQuestion {
  const random = seeded(20_210_419);
  const options = Array.from({ length: dates }, (_, index) => ({
    id: `d${index}`,
    start: instantOfLocal(
      addDaysToCivil("2021-04-19", index + 2 * Math.floor(index / 5)),
      "13:00",
      FACILITY.timeZone,
    ),
  }));
  const marks = new Map(
    people.map((person) => {
      const row = new Map<string, PollMark>();
      for (const option of options)
        if (random() < 0.8)
          row.set(option.id, POLL_MARKS[Math.floor(random() * POLL_MARKS.length)] as PollMark);
      return [person.id, row] as const;
    }),
  );
  return { options, durationMinutes: 240, marks, deadlines: [] };
}

export function domainSuite(): BenchSuite {
  const skr = readFileSync(
    fileURLToPath(new URL("../fixtures/iana/skr-root-2018-q1-0-d_to_e.xml", import.meta.url)),
  );
  // The bare scan does what the inspection must do before its own work: strict UTF-8 decoding of the same
  // Buffer, and a saxes parser with the same options, with no listeners at all.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parsed = parseKsrDocument(skr);
  const data = dataset(500, 100);
  const ceremony = {
    facility: FACILITY,
    start: instantOfLocal("2021-04-22", "13:00", FACILITY.timeZone),
    durationMinutes: 240,
  };
  const busy = busyCalendar(200, data.people);
  const invitees = { ...dataset(50, 100), facility: FACILITY };
  const poll = pollMatrix(invitees.people, 8);
  const deadlines = [
    { at: instantOfLocal(addDaysToCivil(YEAR_START, 200), "00:00", "UTC"), label: "the latest useful start" },
    { at: instantOfLocal(addDaysToCivil(YEAR_START, 230), "00:00", "UTC"), label: "coverage end" },
  ];
  const year = {
    window: { from: YEAR_START, to: addDaysToCivil(YEAR_START, 364) },
    localStartTime: "13:00",
    durationMinutes: 240,
    blackout: { weekdaysOnly: false, holidays: [] },
  };
  return {
    name: "domain",
    cases: [
      {
        name: "saxes bare scan, 30 KB SKR (decode+write+close)",
        run: () => new SaxesParser({ xmlns: false, position: true }).write(decoder.decode(skr)).close(),
        samples: 2000,
      },
      {
        name: "inspect SKR: parse+model+policy checks",
        run: () => checkDocumentPolicy(parseKsrDocument(skr)),
        baseline: "saxes bare scan, 30 KB SKR (decode+write+close)",
        target: "<= 1.5x",
        samples: 2000,
      },
      {
        name: "verify SKR signatures only (9 x RSA-2048, node:crypto)",
        run: () => verifySignatures(parsed),
        baseline: "saxes bare scan, 30 KB SKR (decode+write+close)",
        target: "separate step",
      },
      {
        name: "inspect SKR: parse+checks+verify, counted for coverage against the root anchors",
        run: () => trustedCoverage([summarizeInspection(inspectKsr(skr))], ROOT_TRUST_ANCHORS),
        baseline: "saxes bare scan, 30 KB SKR (decode+write+close)",
        target: "reported (verification dominates)",
      },
      {
        name: "quorum: 1 ceremony, 500 people, 100 restrictions",
        run: () => evaluateQuorum({ ...data, ceremony }),
        target: "< 1 ms",
        samples: 1000,
      },
      {
        name: "date finder: 365 days, same dataset",
        run: () => findCeremonyDates({ ...data, facility: FACILITY }, year),
        target: "< 50 ms",
        samples: 50,
      },
      {
        name: "date finder: 365 days, 200 busy ceremonies, deadline applied",
        run: () => findCeremonyDates({ ...data, facility: FACILITY }, { ...year, busy, deadlines }),
        baseline: "date finder: 365 days, same dataset",
        target: "< 50 ms",
        samples: 50,
      },
      {
        name: "quorum: 8 ceremonies, 50 people, 100 restrictions",
        run: () => {
          for (const { start } of poll.options)
            evaluateQuorum({ ...invitees, ceremony: { ...ceremony, start } });
        },
      },
      {
        name: "poll matrix: 50 invitees x 8 dates, same restrictions",
        run: () => evaluatePoll(invitees, poll),
        baseline: "quorum: 8 ceremonies, 50 people, 100 restrictions",
        target: "< 20 ms",
      },
    ],
  };
}
