import { describe, expect, it } from "vitest";
import { playbookDefinitionSchema } from "./playbook";
import { PLAYBOOK_TEMPLATES } from "./templates";

const ROOT = PLAYBOOK_TEMPLATES[0].definition;
const issues = (value: unknown) => {
  const parsed = playbookDefinitionSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("playbook templates", () => {
  it("ships one template per assurance level, each a valid definition", () => {
    expect(PLAYBOOK_TEMPLATES.map((t) => t.definition.assurance)).toEqual(["high", "medium", "low"]);
    for (const template of PLAYBOOK_TEMPLATES) {
      expect(issues(template.definition)).toEqual([]);
      expect(playbookDefinitionSchema.parse(template.definition)).toEqual(template.definition);
    }
    expect(new Set(PLAYBOOK_TEMPLATES.map((t) => t.name)).size).toBe(3);
  });

  it("the high-assurance ladder follows 2020: backups, move, surrogates, staff-only, extend the runway", () => {
    expect(ROOT.options.map((o) => o.key)).toEqual([
      "call-backups",
      "move-date-or-facility",
      "credential-surrogates",
      "staff-only-remote-witness",
      "extend-runway",
    ]);
    expect(ROOT.escalationHours).toBe(4);
    expect(ROOT.escalationLevels[0]).toEqual(["coordinator"]);
    expect(ROOT.options[1]?.approval).toEqual({ m: 2, role: "coordinator" });
  });
});

describe("playbook definition schema", () => {
  it("names the path of each problem", () => {
    const broken = structuredClone(ROOT) as unknown as {
      escalationHours: number;
      options: { key: string; steps: { ownerRole: string; due: { anchor: string } }[] }[];
    };
    broken.escalationHours = 0;
    (broken.options[1] as (typeof broken.options)[number]).steps[0] = {
      ...(broken.options[1]?.steps[0] as (typeof broken.options)[number]["steps"][number]),
      ownerRole: "janitor",
    };
    expect(issues(broken)).toEqual([
      ["escalationHours", expect.any(String)],
      ["options.1.steps.0.ownerRole", "Choose who owns the step."],
    ]);
  });

  it("refuses repeated option and step keys, bad keys and empty ladders", () => {
    const twice = { ...ROOT, options: [ROOT.options[0], ROOT.options[0]] };
    expect(issues(twice)).toEqual([["options.1.key", "Option key call-backups repeats."]]);
    const option = ROOT.options[0] as (typeof ROOT.options)[number];
    const stepTwice = { ...ROOT, options: [{ ...option, steps: [option.steps[0], option.steps[0]] }] };
    expect(issues(stepTwice)).toEqual([
      ["options.0.steps.1.key", "Step key invite-backups repeats in call-backups."],
    ]);
    expect(issues({ ...ROOT, options: [{ ...option, key: "Call Backups" }] })[0]?.[0]).toBe("options.0.key");
    expect(issues({ ...ROOT, options: [] })).toEqual([["options", "A playbook needs at least one option."]]);
    expect(issues({ ...ROOT, escalationLevels: [] })).toEqual([
      ["escalationLevels", "Name at least one escalation level."],
    ]);
  });

  it("fills in empty descriptions and evidence hints", () => {
    const option = ROOT.options[0] as (typeof ROOT.options)[number];
    const { description: _d, ...bare } = option;
    const parsed = playbookDefinitionSchema.parse({
      ...ROOT,
      options: [{ ...bare, steps: option.steps.map(({ evidenceHint: _h, ...s }) => s) }],
    });
    expect(parsed.options[0]?.description).toBe("");
    expect(parsed.options[0]?.steps[0]?.evidenceHint).toBe("");
  });
});
