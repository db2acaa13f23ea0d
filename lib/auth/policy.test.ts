import { describe, expect, it } from "vitest";
import type { PersonRole } from "@/lib/domain/people";
import { can, homePathFor, POLICY_ACTIONS, type PolicyAction } from "./policy";

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
  "dashboard.view": [C, ...S, A],
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
    expect(homePathFor(["crypto_officer"])).toBe("/me");
    expect(homePathFor(["auditor"])).toBe("/dashboard");
    expect(homePathFor(["external_witness"])).toBe("/no-access");
  });
});
