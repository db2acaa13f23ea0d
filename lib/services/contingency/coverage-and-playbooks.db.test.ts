import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contingencies, contingencySettings, playbooks } from "@/db/schema";
import { createCeremony, createFacility, createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { PLAYBOOK_TEMPLATES } from "@/lib/domain/contingency/templates";
import { runContingencyCheck } from "@/lib/jobs/contingency-check";
import { openContingencyBanner } from "@/lib/queries/contingency/banner";
import { contingencyDetail } from "@/lib/queries/contingency/detail";
import { listContingencies } from "@/lib/queries/contingency/list";
import { listPlaybooks, playbookDetail } from "@/lib/queries/contingency/playbooks";
import { actorFor, mailsKeyed, workflowsKeyed } from "@/lib/testing/contingency";
import { addSkr, ONE_QUARTER } from "@/lib/testing/coverage-alerts";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { dateOf, MS_PER_DAY } from "@/lib/time";
import { parseContingencyFilters } from "@/lib/validation/contingency-filters";
import {
  evaluateContingencyTriggers,
  installPlaybookTemplates,
  openManualContingency,
  savePlaybook,
} from "./index";

const NEXT_NEEDED_BY = Date.parse("2017-03-31T00:00:00Z");
const KEY = "coverage:2017-03-31T00:00:00.000Z";
const at = (days: number) => NEXT_NEEDED_BY - days * MS_PER_DAY;

describe(`coverage triggers, manual workflows and playbooks on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let coordinator: Actor;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    coordinator = actorFor(
      await createPerson(runtime.db, { email: "coord@example.org", roles: ["coordinator"] }),
    );
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("installs the three templates once and makes the high-assurance one the default", async () => {
    expect(await installPlaybookTemplates(runtime.db, Date.now())).toBe(3);
    expect(await installPlaybookTemplates(runtime.db, Date.now())).toBe(0);
    const list = await listPlaybooks(runtime.db);
    expect(list.map((p) => [p.name, p.assurance, p.isDefault])).toEqual([
      [PLAYBOOK_TEMPLATES[0].name, "high", true],
      [PLAYBOOK_TEMPLATES[1].name, "medium", false],
      [PLAYBOOK_TEMPLATES[2].name, "low", false],
    ]);
  });

  it("opens one coverage workflow when next-needed-by is within the threshold and no met ceremony precedes it", async () => {
    await addSkr(runtime, coordinator.id as string);
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(31));
    expect(await workflowsKeyed(runtime.db, KEY)).toHaveLength(0);
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(30));
    // The job runs the same evaluation (and the escalations) at its clock.
    await runContingencyCheck(runtime.db, runtime.boss, at(29));
    const rows = await workflowsKeyed(runtime.db, KEY);
    expect(rows.map((r) => [r.cause, r.state, r.deadlineAt?.toISOString()])).toEqual([
      ["coverage_deadline", "open", "2017-03-31T00:00:00.000Z"],
    ]);
    expect(rows[0]?.reason).toContain("Fri 31 Mar 2017, 00:00 UTC");
    const mails = await mailsKeyed(runtime.db, `contingency:${rows[0]?.id}:level:0:`);
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [coordinator.label, "Contingency opened: SKR deadline at risk"],
    ]);
    const detail = await contingencyDetail(runtime.db, rows[0]?.id as string);
    expect(detail?.ceremony).toBeNull();
    expect(detail?.people.map((p) => p.email)).toEqual([coordinator.label]);
  });

  it("follows the deadline an SKR moves by days while it is still at risk, under the new key", async () => {
    // A copy ten days on: next-needed-by moves from 03-31 to 04-10, still inside the 30-day threshold.
    await addSkr(runtime, coordinator.id as string, 10 * MS_PER_DAY);
    const run = await evaluateContingencyTriggers(runtime.db, runtime.boss, at(20));
    expect(run.coverage).toEqual(["followed", "unchanged"]);
    const all = await runtime.db
      .select()
      .from(contingencies)
      .where(eq(contingencies.cause, "coverage_deadline"));
    expect(all.map((r) => [r.state, r.causeKey, r.deadlineAt?.toISOString()])).toEqual([
      ["open", "coverage:2017-04-10T00:00:00.000Z", "2017-04-10T00:00:00.000Z"],
    ]);
    const timeline = (await contingencyDetail(runtime.db, all[0]?.id as string))?.timeline ?? [];
    expect(timeline.at(-1)?.text).toBe(
      "The deadline moved (the SKRs on file now need the next SKR by Mon 10 Apr 2017, 00:00 UTC): the deadline is now 2017-04-10 00:00 UTC; steps due before it follow.",
    );
  });

  it("resolves itself, with the reason on its timeline, once a later SKR covers past the deadline", async () => {
    await addSkr(runtime, coordinator.id as string, ONE_QUARTER);
    const run = await evaluateContingencyTriggers(runtime.db, runtime.boss, at(19));
    expect(run.coverage).toEqual(["resolved"]);
    expect((await evaluateContingencyTriggers(runtime.db, runtime.boss, at(18))).coverage).toEqual([]);
    const all = await runtime.db
      .select()
      .from(contingencies)
      .where(eq(contingencies.cause, "coverage_deadline"));
    expect(all.map((r) => [r.state, r.closedAt?.toISOString()])).toEqual([
      ["resolved", dateOf(at(19)).toISOString()],
    ]);
    const timeline = (await contingencyDetail(runtime.db, all[0]?.id as string))?.timeline ?? [];
    expect(timeline.at(-1)?.text).toBe(
      "Resolved by the check: an SKR on file now covers past this deadline.",
    );
  });

  it("opens a manual workflow with a reason, about a ceremony or the organisation, never merged", async () => {
    const facility = await createFacility(runtime.db);
    const ceremony = await createCeremony(runtime.db, {
      label: "KC40",
      facilityId: facility.id,
      timeZone: facility.timeZone,
      startsAt: new Date("2020-02-12T18:00:00Z"),
    });
    const now = Date.parse("2020-02-10T12:00:00Z");
    const input = { ceremonyId: ceremony.id, reason: "The safe will not open" };
    const first = await openManualContingency(runtime.db, runtime.boss, coordinator, input, now);
    const second = await openManualContingency(runtime.db, runtime.boss, coordinator, input, now);
    expect(first.id).not.toBe(second.id);
    expect(first).toMatchObject({ cause: "manual", ceremonyId: ceremony.id, openedBy: coordinator.id });
    expect(first.deadlineAt?.toISOString()).toBe("2020-02-12T18:00:00.000Z");
    const banner = await openContingencyBanner(runtime.db);
    expect(banner.count).toBe(2);
    expect(banner.mostUrgent?.title).toBe("KC40: The safe will not open");
    const filters = parseContingencyFilters({ ceremonyId: ceremony.id, state: "bogus" });
    expect(filters).toEqual({ view: "active", ceremonyId: ceremony.id, state: undefined, cause: undefined });
    expect(await listContingencies(runtime.db, filters)).toHaveLength(2);
    const noCeremony = await openManualContingency(
      runtime.db,
      runtime.boss,
      coordinator,
      { ceremonyId: "", reason: "Facility closed by the authorities", playbookId: "" },
      now,
    );
    expect(noCeremony.ceremonyId).toBeNull();
    await expect(
      openManualContingency(runtime.db, runtime.boss, coordinator, { reason: "no" }, now),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { reason: expect.stringContaining("Say what happened") },
    });
    await expect(
      openManualContingency(
        runtime.db,
        runtime.boss,
        coordinator,
        { reason: "Safe", ceremonyId: "00000000-0000-4000-8000-000000000000" },
        now,
      ),
    ).rejects.toMatchObject({ fields: { ceremonyId: "No such ceremony." } });
  });

  it("savePlaybook names the JSON path of each problem and refuses a stale version", async () => {
    const base = structuredClone(PLAYBOOK_TEMPLATES[2].definition);
    const save = (raw: Record<string, unknown>) => savePlaybook(runtime.db, coordinator, raw, Date.now());
    await expect(save({ name: "Lab keys", definition: "{ nope" })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { definition: expect.stringMatching(/^Not valid JSON: /) },
    });
    const broken = structuredClone(base) as unknown as { options: { steps: { ownerRole: string }[] }[] };
    (broken.options[0]?.steps[0] as { ownerRole: string }).ownerRole = "janitor";
    await expect(save({ name: "Lab keys", definition: JSON.stringify(broken) })).rejects.toMatchObject({
      fields: {
        definition: "At options.0.steps.0.ownerRole: Choose who owns the step.",
        "definition.options.0.steps.0.ownerRole": "Choose who owns the step.",
      },
    });
    await expect(save({ name: "Lab keys", definition: "[]" })).rejects.toMatchObject({
      fields: { definition: expect.stringMatching(/^At the top level: /) },
    });
    const created = await save({ name: "Lab keys", definition: JSON.stringify(base) });
    expect(created).toMatchObject({ name: "Lab keys", assurance: "low", version: 1 });
    const edited = { ...base, escalationHours: 12 };
    const saved = await save({
      id: created.id,
      version: "1",
      name: "Lab keys",
      definition: JSON.stringify(edited),
    });
    expect(saved).toMatchObject({ version: 2 });
    expect(saved.definition.escalationHours).toBe(12);
    await expect(
      save({ id: created.id, version: "1", name: "Lab keys v2", definition: JSON.stringify(base) }),
    ).rejects.toMatchObject({ code: "conflict", current: { version: 2, name: "Lab keys" } });
    await expect(
      save({ name: PLAYBOOK_TEMPLATES[0].name, definition: JSON.stringify(base) }),
    ).rejects.toMatchObject({ fields: { name: "Another playbook already has this name." } });
    const detail = await playbookDetail(runtime.db, created.id);
    expect(JSON.parse(detail?.definitionJson ?? "{}").escalationHours).toBe(12);
    // A workflow opened on it keeps the snapshot it opened with.
    const wf = await openManualContingency(
      runtime.db,
      runtime.boss,
      coordinator,
      { reason: "Lab HSM failed", playbookId: created.id },
      Date.parse("2020-02-10T12:00:00Z"),
    );
    await save({ id: created.id, version: 2, name: "Lab keys", definition: JSON.stringify(base) });
    const [stored] = await runtime.db.select().from(contingencies).where(eq(contingencies.id, wf.id));
    expect(stored?.playbook.escalationHours).toBe(12);
    expect((await runtime.db.select().from(playbooks)).length).toBe(4);
    const [settings] = await runtime.db.select().from(contingencySettings);
    expect(settings?.coverageThresholdDays).toBe(30);
  });
});
