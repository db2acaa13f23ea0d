import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contingencies, travelRestrictions } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";
import { verifyWholeTrail } from "@/lib/queries/audit-verify";
import { openContingencyBanner } from "@/lib/queries/contingency/banner";
import { contingencyDetail } from "@/lib/queries/contingency/detail";
import { incidentReport } from "@/lib/queries/contingency/incident-report";
import { listContingencies } from "@/lib/queries/contingency/list";
import { respondToInvitation } from "@/lib/services/attendance/respond";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { actorFor, mailsKeyed, workflow, workflowsKeyed } from "@/lib/testing/contingency";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { runQueuedVerdicts } from "@/lib/testing/queued-verdicts";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_HOUR } from "@/lib/time";
import { evaluateContingencyTriggers } from "./evaluate-triggers";
import {
  abandonContingency,
  acknowledgeContingency,
  approveContingencyOption,
  approveContingencyStep,
  chooseContingencyOption,
  completeContingencyStep,
  openManualContingency,
  resolveContingency,
  savePlaybook,
  startContingencyExecution,
} from "./index";

// KC41 in 2020, at service level: entry bans break the quorum, a workflow opens, a coordinator chooses to
// move the ceremony and two others approve it, the quorum is met again and the workflow is resolved.
const t0 = Date.parse("2026-11-27T12:00:00Z");
const at = (hours: number) => t0 + hours * MS_PER_HOUR;

describe(`the 2020 contingency flow on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordA: Actor;
  let coordB: Actor;
  let coordC: Actor;
  let tcr: Actor;
  let staff: Actor;
  let auditor: Actor;
  let id: string;
  const key = () => `quorum:${f.ceremony.id}`;

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, t0, 5);
    coordA = actorFor(f.coordinator);
    coordB = actorFor(
      await createPerson(runtime.db, {
        name: "Bea Baptiste",
        email: "b-coord@example.org",
        roles: ["coordinator"],
      }),
    );
    auditor = actorFor(await createPerson(runtime.db, { email: "auditor@example.org", roles: ["auditor"] }));
    tcr = actorFor(f.people[0] as never, ["crypto_officer"]);
    staff = actorFor(f.admin);
    // Three officers and the administrator confirm: the quorum is met.
    for (const [i, invitation] of [...f.invited.slice(0, 3).entries(), [5, f.invited[5]] as const]) {
      const person = i === 5 ? f.admin : (f.people[i] as never);
      await respondToInvitation(
        runtime.db,
        runtime.boss,
        actorFor(person),
        { invitationId: invitation?.id, version: 1, response: "attending" },
        t0,
      );
    }
    await runQueuedVerdicts(runtime, t0);
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("entry bans make the quorum not met; evaluation opens exactly one workflow and mails the coordinators", async () => {
    await runtime.db.transaction(async (tx) => {
      await tx.insert(travelRestrictions).values(
        ["SE", "JP", "NG"].map((from) => ({
          fromCountry: from,
          toCountry: "US",
          kind: "entry_ban" as const,
          startDate: "2026-12-01",
          endDate: "2027-06-30",
        })),
      );
      await refreshVerdicts(tx, runtime.boss, coordA, { allLive: true }, t0);
    });
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(0));
    const [row, ...more] = await workflowsKeyed(runtime.db, key());
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      cause: "quorum_not_met",
      state: "open",
      ceremonyId: f.ceremony.id,
      version: 1,
    });
    expect(row?.deadlineAt?.getTime()).toBe(f.ceremony.startsAt.getTime());
    expect(row?.playbookName).toBe("Root KSK style (high assurance)");
    id = row?.id as string;
    const opened = await mailsKeyed(runtime.db, `contingency:${id}:level:0:`);
    expect(opened.map((m) => m.to).sort()).toEqual([coordB.label, coordA.label].sort());
    expect(opened[0]?.subject).toBe(`Contingency opened: ${f.ceremony.label}: quorum not met`);
  });

  it("evaluating again opens no second workflow and sends nothing more", async () => {
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(0.5));
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(0.5));
    expect(await workflowsKeyed(runtime.db, key())).toHaveLength(1);
    expect(await mailsKeyed(runtime.db, `contingency:${id}:`)).toHaveLength(2);
  });

  it("a TCR, an auditor and staff cannot acknowledge; a coordinator can, and a stale form is a conflict", async () => {
    for (const actor of [tcr, auditor, staff])
      await expect(
        acknowledgeContingency(runtime.db, actor, { id, version: 1 }, at(1)),
      ).rejects.toMatchObject({ code: "forbidden" });
    const row = await acknowledgeContingency(runtime.db, coordA, { id, version: 1 }, at(1));
    expect(row).toMatchObject({ state: "acknowledged", version: 2 });
    await expect(acknowledgeContingency(runtime.db, coordB, { id, version: 1 }, at(1))).rejects.toMatchObject(
      { code: "conflict", current: { state: "acknowledged", version: 2 } },
    );
    await expect(acknowledgeContingency(runtime.db, coordB, { id, version: 2 }, at(1))).rejects.toMatchObject(
      { code: "invalid_input", message: "The workflow is already acknowledged." },
    );
  });

  it("an option too few others could approve cannot be chosen, and nothing is saved", async () => {
    const choose = (option: string) =>
      chooseContingencyOption(runtime.db, runtime.boss, coordA, { id, version: 2, option }, at(2));
    await expect(choose("move-date-or-facility")).rejects.toMatchObject({
      code: "invalid_input",
      message:
        "Move the date or facility cannot be chosen: its approval needs 2 coordinators, 1 exists besides you.",
    });
    coordC = actorFor(
      await createPerson(runtime.db, {
        name: "Chidi Okeke",
        email: "c-coord@example.org",
        roles: ["coordinator"],
      }),
    );
    await expect(choose("staff-only-remote-witness")).rejects.toMatchObject({
      message:
        "Staff-only ceremony with remote TCR witnessing cannot be chosen: its approval needs 3 coordinators, 2 exist besides you.",
    });
    expect(await workflow(runtime.db, id)).toMatchObject({
      state: "acknowledged",
      chosenOption: null,
      chosenBy: null,
      version: 2,
    });
    expect(await mailsKeyed(runtime.db, `contingency:${id}:v3:`)).toHaveLength(0);
    expect((await incidentReport(runtime.db, id))?.entries.map((e) => e.kind)).toEqual([
      "opened",
      "acknowledged",
    ]);
  });

  it("choosing to move the date asks the other coordinators to approve; it cannot start before two do", async () => {
    await expect(
      chooseContingencyOption(runtime.db, runtime.boss, coordA, { id, version: 2, option: "pray" }, at(2)),
    ).rejects.toMatchObject({ message: "The playbook has no option pray." });
    const row = await chooseContingencyOption(
      runtime.db,
      runtime.boss,
      coordA,
      { id, version: 2, option: "move-date-or-facility" },
      at(2),
    );
    expect(row).toMatchObject({
      state: "option_chosen",
      chosenOption: "move-date-or-facility",
      chosenBy: coordA.id,
      version: 3,
    });
    // The chooser cannot approve, so is not asked to.
    const asks = await mailsKeyed(runtime.db, `contingency:${id}:v3:approval:`);
    expect(asks.map((m) => m.to).sort()).toEqual([coordB.label, coordC.label].sort());
    expect(asks[0]?.subject).toBe(
      `Approval needed: Move the date or facility (${f.ceremony.label}: quorum not met)`,
    );
    await expect(
      startContingencyExecution(runtime.db, runtime.boss, coordA, { id, version: 3 }, at(2)),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: "Move the date or facility needs 2 more approvals before it can execute.",
    });
  });

  it("the chooser cannot approve; each other coordinator approves once in their own session", async () => {
    const approve = (actor: Actor, note?: string) =>
      approveContingencyOption(runtime.db, actor, { id, note }, at(3));
    const stillMay = async () => (await contingencyDetail(runtime.db, id))?.optionApprovers;
    expect(await stillMay()).toMatchObject({
      missing: 2,
      stillMay: [{ name: "Bea Baptiste" }, { name: "Chidi Okeke" }],
      proposer: { id: coordA.id },
      shortfall: null,
    });
    await expect(approve(coordA, "I chose it")).rejects.toMatchObject({
      code: "invalid_input",
      message: "You chose this option, so someone else must approve it.",
    });
    expect((await incidentReport(runtime.db, id))?.entries.map((e) => e.kind)).not.toContain(
      "option_approved",
    );
    expect(await approve(coordB, "Board approved on the call")).toEqual({ approvals: 1, missing: 1 });
    await expect(approve(coordB)).rejects.toMatchObject({ message: "You have already approved this." });
    await expect(approve(tcr)).rejects.toMatchObject({ code: "forbidden" });
    await expect(approve(auditor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(approve(staff)).rejects.toMatchObject({
      code: "invalid_input",
      message: "Only a person with the coordinator role may approve this.",
    });
    expect((await stillMay())?.stillMay.map((p) => p.name)).toEqual(["Chidi Okeke"]);
    await expect(
      startContingencyExecution(runtime.db, runtime.boss, coordA, { id, version: 3 }, at(3)),
    ).rejects.toMatchObject({
      message: "Move the date or facility needs 1 more approval before it can execute.",
    });
    expect(await approve(coordC)).toEqual({ approvals: 2, missing: 0 });
    expect(await stillMay()).toMatchObject({ missing: 0, stillMay: [] });
  });

  it("starting creates the option's steps with owners and due dates", async () => {
    const row = await startContingencyExecution(runtime.db, runtime.boss, coordA, { id, version: 3 }, at(4));
    expect(row).toMatchObject({ state: "executing", version: 4 });
    const start = f.ceremony.startsAt.getTime();
    expect(row.steps.map((s) => [s.stepKey, s.ownerRole, s.dueAt.getTime(), s.status])).toEqual([
      ["find-date", "coordinator", t0 + 24 * MS_PER_HOUR, "pending"],
      ["reschedule", "coordinator", t0 + 48 * MS_PER_HOUR, "pending"],
      ["travel", "ceremony_administrator", start - 14 * 24 * MS_PER_HOUR, "pending"],
    ]);
  });

  it("steps are completed by their owner role or a coordinator, with evidence, once", async () => {
    const [find, , travel] = (await contingencyDetail(runtime.db, id))?.steps ?? [];
    const complete = (actor: Actor, stepId: string | undefined, note?: string, skip?: "on") =>
      completeContingencyStep(runtime.db, actor, { id, stepId, note, skip }, at(5));
    await expect(complete(coordA, find?.id)).rejects.toMatchObject({
      fields: { note: "Describe what was done." },
    });
    await expect(complete(tcr, find?.id, "x x x")).rejects.toMatchObject({ code: "forbidden" });
    await expect(complete(staff, find?.id, "23 April at El Segundo")).rejects.toMatchObject({
      code: "forbidden",
      message: "Only a coordinator may complete this step.",
    });
    const done = await complete(coordA, find?.id, "23 April at El Segundo, verdict met");
    expect(done).toMatchObject({ changed: true, step: { status: "done", completedBy: coordA.id } });
    expect(await complete(coordB, find?.id, "again")).toMatchObject({ changed: false });
    await expect(complete(staff, travel?.id, "skip it", "on")).rejects.toMatchObject({ code: "forbidden" });
    expect(await complete(staff, travel?.id, "Tickets booked for 3 officers")).toMatchObject({
      changed: true,
    });
    // No step of this option needs approval.
    await expect(
      approveContingencyStep(runtime.db, coordA, { id, stepId: travel?.id }, at(5)),
    ).rejects.toMatchObject({ message: "This step is already closed." });
  });

  it("resolution cannot be confirmed while a step is pending and the trigger holds", async () => {
    await expect(
      resolveContingency(runtime.db, coordA, { id, version: 4, note: "Done" }, at(6)),
    ).rejects.toMatchObject({ message: "1 step(s) are still pending and the trigger has not cleared." });
  });

  it("once the quorum is met again evaluation proposes resolution and tells the coordinators", async () => {
    await runtime.db.transaction(async (tx) => {
      await tx.delete(travelRestrictions).where(inArray(travelRestrictions.fromCountry, ["SE", "JP", "NG"]));
      await refreshVerdicts(tx, runtime.boss, coordA, { allLive: true }, at(7));
    });
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(7));
    const row = await workflow(runtime.db, id);
    expect(row.resolutionProposedAt).not.toBeNull();
    expect(row.version).toBe(4);
    const notices = await mailsKeyed(runtime.db, `contingency:${id}:resolution:`);
    // Every coordinator, the third one included.
    expect(notices).toHaveLength(3);
    expect(notices[0]?.subject).toBe(`Ready to resolve: ${f.ceremony.label}: quorum not met`);
    await evaluateContingencyTriggers(runtime.db, runtime.boss, at(8));
    expect(await mailsKeyed(runtime.db, `contingency:${id}:resolution:`)).toHaveLength(3);
    expect((await openContingencyBanner(runtime.db)).mostUrgent?.id).toBe(id);
  });

  it("a coordinator confirms the resolution; afterwards nothing more can change", async () => {
    await expect(
      resolveContingency(runtime.db, tcr, { id, version: 4, note: "Done" }, at(9)),
    ).rejects.toMatchObject({ code: "forbidden" });
    const row = await resolveContingency(
      runtime.db,
      coordA,
      { id, version: 4, note: "KC41 holds on 23 April with the officers who can travel." },
      at(9),
    );
    expect(row).toMatchObject({ state: "resolved", version: 5 });
    expect(row.closedAt?.getTime()).toBe(at(9));
    await expect(
      abandonContingency(runtime.db, coordA, { id, version: 5, reason: "Too late" }, at(10)),
    ).rejects.toMatchObject({ message: "The workflow is resolved: nothing more can change." });
    expect(await openContingencyBanner(runtime.db)).toEqual({ count: 0, mostUrgent: null });
    expect(await listContingencies(runtime.db, { view: "closed" })).toHaveLength(1);
    expect(await listContingencies(runtime.db)).toHaveLength(0);
  });

  it("the timeline and the incident report hold every event in order, and the audit chain agrees", async () => {
    const report = await incidentReport(runtime.db, id);
    expect(report?.entries.map((e) => [e.kind, e.actorLabel])).toEqual([
      ["opened", "contingency-check"],
      ["acknowledged", coordA.label],
      ["option_chosen", coordA.label],
      ["option_approved", coordB.label],
      ["option_approved", coordC.label],
      ["execution_started", coordA.label],
      ["step_completed", coordA.label],
      ["step_completed", staff.label],
      ["resolution_proposed", "contingency-check"],
      ["resolved", coordA.label],
    ]);
    expect(report?.entries[3]?.text).toContain("Board approved on the call");
    expect(report?.entries[6]?.text).toContain("Evidence: 23 April at El Segundo");
    expect(report?.steps.map((s) => s.status)).toEqual(["done", "pending", "done"]);
    expect(report?.people.map((p) => p.email)).toContain(f.admin.email);
    const { events } = await listAuditEvents(runtime.db, { subject: id });
    expect(events.map((e) => e.action).reverse()).toEqual(
      report?.entries.map((e) => `contingency.${e.kind}`),
    );
    expect((await verifyWholeTrail(runtime.db)).ok).toBe(true);
    const [stored] = await runtime.db.select().from(contingencies).where(eq(contingencies.id, id));
    expect(stored?.state).toBe("resolved");
  });

  it("refuses every acting service to a TCR and an auditor", async () => {
    const calls = [
      (a: Actor) =>
        openManualContingency(runtime.db, runtime.boss, a, { reason: "Safe will not open" }, Date.now()),
      (a: Actor) => acknowledgeContingency(runtime.db, a, { id, version: 5 }, Date.now()),
      (a: Actor) =>
        chooseContingencyOption(runtime.db, runtime.boss, a, { id, version: 5, option: "x" }, Date.now()),
      (a: Actor) => approveContingencyOption(runtime.db, a, { id }, Date.now()),
      (a: Actor) => startContingencyExecution(runtime.db, runtime.boss, a, { id, version: 5 }, Date.now()),
      (a: Actor) => completeContingencyStep(runtime.db, a, { id, stepId: id, note: "done" }, Date.now()),
      (a: Actor) => approveContingencyStep(runtime.db, a, { id, stepId: id }, Date.now()),
      (a: Actor) => resolveContingency(runtime.db, a, { id, version: 5, note: "done" }, Date.now()),
      (a: Actor) => abandonContingency(runtime.db, a, { id, version: 5, reason: "gone" }, Date.now()),
      (a: Actor) => savePlaybook(runtime.db, a, { name: "Mine", definition: "{}" }, Date.now()),
    ];
    for (const actor of [tcr, auditor])
      for (const call of calls) await expect(call(actor)).rejects.toMatchObject({ code: "forbidden" });
  });
});
