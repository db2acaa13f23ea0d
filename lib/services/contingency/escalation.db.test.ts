import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import type { PersonRole } from "@/lib/domain/people";
import { contingencyDetail } from "@/lib/queries/contingency/detail";
import { actorFor, mailsKeyed, workflow } from "@/lib/testing/contingency";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { dateOf, type Instant, MS_PER_HOUR } from "@/lib/time";
import {
  acknowledgeContingency,
  chooseContingencyOption,
  completeContingencyStep,
  openManualContingency,
  runContingencyEscalations,
  startContingencyExecution,
} from "./index";

// The root KSK playbook escalates every 4 hours: level 0 coordinators (told at opening), level 1 the
// ceremony administrator and safe security controller, level 2 witnesses, system administrators, auditors.
const t0 = Date.parse("2020-03-20T09:00:00Z");
const at = (hours: number) => t0 + hours * MS_PER_HOUR;

describe(`contingency escalation over a simulated clock on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const actors = {} as Record<PersonRole, Actor>;
  const open = async (reason: string, now: Instant) =>
    (await openManualContingency(runtime.db, runtime.boss, actors.coordinator, { reason }, now)).id;

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const roles: PersonRole[] = [
      "coordinator",
      "ceremony_administrator",
      "safe_security_controller",
      "internal_witness",
      "system_administrator",
      "auditor",
    ];
    for (const role of roles)
      actors[role] = actorFor(
        await createPerson(runtime.db, { email: `${role}@example.org`, roles: [role] }),
      );
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("notifies each level once, in order, and an acknowledgement stops the climb", async () => {
    const ignored = await open("The safe in KMF East will not open", t0);
    const acknowledged = await open("KMF West is closed by the authorities", t0);
    const sent: Record<string, [number, number][]> = { [ignored]: [], [acknowledged]: [] };
    for (let hour = 0; hour <= 20; hour++) {
      if (hour === 5)
        await acknowledgeContingency(runtime.db, actors.coordinator, { id: acknowledged, version: 1 }, at(5));
      const { escalations } = await runContingencyEscalations(runtime.db, runtime.boss, at(hour));
      for (const e of escalations) sent[e.contingencyId]?.push([hour, e.to]);
      // A second run in the same hour (another instance, a retried job) sends nothing.
      expect((await runContingencyEscalations(runtime.db, runtime.boss, at(hour))).escalations).toEqual([]);
    }
    expect(sent[ignored]).toEqual([
      [4, 1],
      [8, 2],
    ]);
    expect(sent[acknowledged]).toEqual([[4, 1]]);

    const recipients = async (id: string, level: number) =>
      (await mailsKeyed(runtime.db, `contingency:${id}:level:${level}:`)).map((m) => m.to).sort();
    expect(await recipients(ignored, 0)).toEqual([actors.coordinator.label]);
    expect(await recipients(ignored, 1)).toEqual(
      [actors.ceremony_administrator.label, actors.safe_security_controller.label].sort(),
    );
    expect(await recipients(ignored, 2)).toEqual(
      [actors.auditor.label, actors.internal_witness.label, actors.system_administrator.label].sort(),
    );
    expect(await recipients(acknowledged, 2)).toEqual([]);
    const [level2] = await mailsKeyed(runtime.db, `contingency:${ignored}:level:2:`);
    expect(level2?.subject).toBe(
      "Escalated (level 2): The safe in KMF East will not open is not acknowledged",
    );
    expect((await workflow(runtime.db, ignored)).escalationLevel).toBe(2);
    expect((await workflow(runtime.db, acknowledged)).escalationLevel).toBe(1);
    const timeline = (await contingencyDetail(runtime.db, ignored))?.timeline ?? [];
    expect(timeline.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ["opened", dateOf(at(0)).toISOString()],
      ["escalated", dateOf(at(4)).toISOString()],
      ["escalated", dateOf(at(8)).toISOString()],
    ]);
  });

  it("a job that missed hours catches up every level it skipped, each once", async () => {
    const id = await open("Flood in the building", at(30));
    const { escalations } = await runContingencyEscalations(runtime.db, runtime.boss, at(45));
    expect(escalations.filter((e) => e.contingencyId === id)).toEqual([
      { contingencyId: id, from: 0, to: 2 },
    ]);
    expect(await mailsKeyed(runtime.db, `contingency:${id}:level:1:`)).toHaveLength(2);
    expect(await mailsKeyed(runtime.db, `contingency:${id}:level:2:`)).toHaveLength(3);
  });

  it("an overdue step reminds its owner, then the coordinators, each once", async () => {
    const start = 100;
    const id = await open("Backup officer needed", at(start));
    const coordinator = actors.coordinator;
    await acknowledgeContingency(runtime.db, coordinator, { id, version: 1 }, at(start));
    await chooseContingencyOption(
      runtime.db,
      runtime.boss,
      coordinator,
      { id, version: 2, option: "call-backups" },
      at(start),
    );
    const { steps } = await startContingencyExecution(
      runtime.db,
      runtime.boss,
      coordinator,
      { id, version: 3 },
      at(start),
    );
    const [invite, confirm] = steps;
    // Without a ceremony or an SKR the deadline is unknown: trigger-anchored steps count from the opening.
    expect(confirm?.dueAt.toISOString()).toBe(dateOf(at(start + 72)).toISOString());
    await completeContingencyStep(
      runtime.db,
      coordinator,
      { id, stepId: invite?.id, note: "Two backups invited" },
      at(start + 2),
    );

    const stagesAt = async (hour: number) =>
      (await runContingencyEscalations(runtime.db, runtime.boss, at(start + hour))).reminders.map(
        (r) => r.to,
      );
    expect(await stagesAt(71)).toEqual([]);
    expect(await stagesAt(72)).toEqual([1]);
    expect(await stagesAt(72)).toEqual([]);
    expect(await stagesAt(75)).toEqual([]);
    expect(await stagesAt(76)).toEqual([2]);
    expect(await stagesAt(90)).toEqual([]);

    const owner = await mailsKeyed(runtime.db, `contingency-step:${confirm?.id}:stage:1:`);
    expect(owner.map((m) => m.to)).toEqual([actors.ceremony_administrator.label]);
    expect(owner[0]?.subject).toBe(
      "Overdue step: Confirm the quorum panel shows the requirement met (Backup officer needed)",
    );
    const coordinators = await mailsKeyed(runtime.db, `contingency-step:${confirm?.id}:stage:2:`);
    expect(coordinators.map((m) => m.to)).toEqual([coordinator.label]);
    // The completed step never reminded anyone.
    expect(await mailsKeyed(runtime.db, `contingency-step:${invite?.id}:`)).toEqual([]);

    // Only its owner role (or a coordinator) may complete it, with a note.
    await expect(
      completeContingencyStep(
        runtime.db,
        actors.system_administrator,
        { id, stepId: confirm?.id, note: "ok" },
        at(start + 91),
      ),
    ).rejects.toMatchObject({
      code: "forbidden",
      message: "Only a ceremony_administrator or a coordinator may complete this step.",
    });
    const done = await completeContingencyStep(
      runtime.db,
      actors.ceremony_administrator,
      { id, stepId: confirm?.id, note: "Quorum panel shows met" },
      at(start + 91),
    );
    expect(done.changed).toBe(true);
    const kinds = (await contingencyDetail(runtime.db, id))?.timeline.map((e) => e.kind);
    expect(kinds).toEqual([
      "opened",
      "acknowledged",
      "option_chosen",
      "execution_started",
      "step_completed",
      "step_overdue",
      "step_overdue",
      "step_completed",
    ]);
  });
});
