import { describe, expect, it } from "vitest";
import type { PersonRole } from "@/lib/domain/people";
import {
  can,
  ceremonyPathFor,
  homePathFor,
  mayAnswerInvitation,
  mayReadCeremonyCalendar,
  maySkipStep,
  mayWorkStep,
  POLICY_ACTIONS,
  type PolicyAction,
  seesContingencyBanner,
  seesEveryCeremony,
} from "./policy";

// The expected matrix is written out by hand: a change to the policy must change this table too.
const ROLE_SAMPLES: Record<string, PersonRole[]> = {
  coordinator: ["coordinator"],
  crypto_officer: ["crypto_officer"],
  recovery_key_shareholder: ["recovery_key_shareholder"],
  ceremony_administrator: ["ceremony_administrator"],
  internal_witness: ["internal_witness"],
  safe_security_controller: ["safe_security_controller"],
  system_administrator: ["system_administrator"],
  auditor: ["auditor"],
  external_witness: ["external_witness"],
  nobody: [],
};

const C = "coordinator";
const T = ["crypto_officer", "recovery_key_shareholder"];
const S = ["ceremony_administrator", "internal_witness", "safe_security_controller", "system_administrator"];
const A = "auditor";

const EXPECTED: Record<PolicyAction, string[]> = {
  "dashboard.view": [C, ...T, ...S, A],
  "ceremonies.view": [C, ...S, A],
  "people.view": [C, ...S, A],
  "facilities.view": [C, ...S, A],
  "audit.view": [C, A],
  "audit.checkpoint": [C, A],
  "mail.view_failures": [C, ...S],
  "portal.view": [...T, ...S],
  "restrictions.view": [C, ...S, A],
  "templates.view": [C, ...S, A],
  "roster.view": [C, ...S, A],
  "invitation.respond": [...T, ...S],
  "availability.manage_own": [...T, ...S],
  "calendar.subscribe": [C, ...T, ...S, A],
  "calendar.view": [C, ...T, ...S, A],
  "inbox.view": [C, ...T, ...S, A],
  "ceremonies.manage": [C],
  "people.manage": [C],
  "facilities.manage": [C],
  "credentials.manage": [C],
  "restrictions.manage": [C],
  "templates.manage": [C],
  "date_finder.use": [C],
  "documents.view": [C, ...S, A],
  "documents.upload": [C, ...S],
  "coverage.view": [C, ...S, A],
  "coverage.configure": [C],
  "ceremonies.link_ksr": [C],
  "ksr.verify": [C, ...S],
  "api_tokens.manage_own": [C, ...S, A],
  "metrics.view": [C, ...S, A],
  "contingency.view": [C, ...S, A],
  "contingency.open": [C, ...S],
  "contingency.manage": [C],
  "contingency.approve": [C, ...S],
  "contingency.work_step": [C, ...S],
  "playbooks.view": [C, ...S, A],
  "playbooks.manage": [C],
};

describe("policy", () => {
  it("the expected table names every action that exists", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...POLICY_ACTIONS].sort());
  });

  for (const action of POLICY_ACTIONS) {
    for (const [sample, roles] of Object.entries(ROLE_SAMPLES)) {
      const allowed = EXPECTED[action].includes(sample);
      it(`${sample} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(roles, action)).toBe(allowed);
      });
    }
  }

  it("an auditor may change nothing in the organisation's records", () => {
    const changes = /\.(manage|respond|use|upload|configure|link_ksr|verify|open|approve|work_step)$/;
    for (const action of POLICY_ACTIONS.filter((a) => changes.test(a))) {
      expect(can(["auditor"], action)).toBe(false);
    }
  });

  it("a person with several roles gets the union", () => {
    expect(can(["crypto_officer", "coordinator"], "ceremonies.manage")).toBe(true);
    expect(can(["crypto_officer", "coordinator"], "portal.view")).toBe(true);
  });

  it("sends each person to a page they may see", () => {
    expect(homePathFor(["coordinator"])).toBe("/dashboard");
    expect(homePathFor(["crypto_officer"])).toBe("/dashboard");
    expect(homePathFor(["auditor"])).toBe("/dashboard");
    expect(homePathFor(["external_witness"])).toBe("/no-access");
  });
});

// Record-level decisions, per role sample, written out by hand like the table above.
const ME = "00000000-0000-4000-8000-000000000001";
const SOMEONE_ELSE = "00000000-0000-4000-8000-000000000002";
const RECORD_LEVEL: Record<string, (roles: PersonRole[]) => boolean> = {
  "works a step owned by crypto officers": (roles) => mayWorkStep(roles, { ownerRole: "crypto_officer" }),
  "works a step owned by system administrators": (roles) =>
    mayWorkStep(roles, { ownerRole: "system_administrator" }),
  "works a step owned by coordinators": (roles) => mayWorkStep(roles, { ownerRole: "coordinator" }),
  "skips a step": (roles) => maySkipStep(roles),
  "answers their own invitation": (roles) => mayAnswerInvitation({ id: ME, roles }, { personId: ME }),
  "answers someone else's invitation": (roles) =>
    mayAnswerInvitation({ id: ME, roles }, { personId: SOMEONE_ELSE }),
  "reads the calendar of a ceremony they are invited to": (roles) => mayReadCeremonyCalendar(roles, true),
  "reads the calendar of a ceremony they are not invited to": (roles) =>
    mayReadCeremonyCalendar(roles, false),
  "sees the open-contingency banner": (roles) => seesContingencyBanner(roles),
  "sees every ceremony in lists and the calendar": (roles) => seesEveryCeremony(roles),
  "is sent to the planning page of a ceremony": (roles) => ceremonyPathFor(roles, ME) === `/ceremonies/${ME}`,
  "is sent to their answer page for a ceremony": (roles) =>
    ceremonyPathFor(roles, ME) === `/me/ceremonies/${ME}`,
};
const RECORD_EXPECTED: Record<keyof typeof RECORD_LEVEL, string[]> = {
  "works a step owned by crypto officers": [C],
  "works a step owned by system administrators": [C, "system_administrator"],
  "works a step owned by coordinators": [C],
  "skips a step": [C],
  "answers their own invitation": [...T, ...S],
  "answers someone else's invitation": [],
  "reads the calendar of a ceremony they are invited to": Object.keys(ROLE_SAMPLES),
  "reads the calendar of a ceremony they are not invited to": [C, ...S, A],
  "sees the open-contingency banner": [C, ...S],
  "sees every ceremony in lists and the calendar": [C, ...S, A],
  "is sent to the planning page of a ceremony": [C, ...S, A],
  "is sent to their answer page for a ceremony": [...T, "external_witness", "nobody"],
};

describe("record-level policy", () => {
  for (const [decision, decide] of Object.entries(RECORD_LEVEL)) {
    for (const [sample, roles] of Object.entries(ROLE_SAMPLES)) {
      const allowed = (RECORD_EXPECTED[decision] as string[]).includes(sample);
      it(`${sample} ${allowed ? "may" : "may not"}: ${decision}`, () => {
        expect(decide(roles)).toBe(allowed);
      });
    }
  }

  it("nobody answers an invitation without being signed in as the person invited", () => {
    expect(mayAnswerInvitation({ id: null, roles: ["crypto_officer"] }, { personId: ME })).toBe(false);
  });
});
