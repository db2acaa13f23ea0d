import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, contingencySteps } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { incidentReport } from "@/lib/queries/contingency/incident-report";
import { actorFor, workflow } from "@/lib/testing/contingency";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_HOUR } from "@/lib/time";
import { followCeremonyMove } from "./follow-deadline";
import {
  acknowledgeContingency,
  approveContingencyOption,
  chooseContingencyOption,
  openManualContingency,
  startContingencyExecution,
} from "./index";

const now = Date.parse("2026-11-27T12:00:00Z");
const DAY = 24 * MS_PER_HOUR;

describe(`a workflow's deadline follows its ceremony on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let a: Actor;
  let id: string;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3, "fd");
    a = actorFor({ ...f.coordinator, roles: ["coordinator"] });
    const coordinator = async (email: string) =>
      actorFor(await createPerson(runtime.db, { email, roles: ["coordinator"] }));
    const approvers = [await coordinator("fd-b@example.org"), await coordinator("fd-c@example.org")];
    const opened = await openManualContingency(
      runtime.db,
      runtime.boss,
      a,
      { ceremonyId: f.ceremony.id, reason: "The safe at East will not open" },
      now,
    );
    id = opened.id;
    await acknowledgeContingency(runtime.db, a, { id, version: 1 }, now);
    await chooseContingencyOption(
      runtime.db,
      runtime.boss,
      a,
      { id, version: 2, option: "move-date-or-facility" },
      now,
    );
    for (const approver of approvers) await approveContingencyOption(runtime.db, approver, { id }, now);
    await startContingencyExecution(runtime.db, runtime.boss, a, { id, version: 3 }, now);
  });
  afterAll(async () => {
    await runtime.close();
  });

  const steps = () =>
    runtime.db
      .select({ key: contingencySteps.stepKey, dueAt: contingencySteps.dueAt })
      .from(contingencySteps)
      .where(eq(contingencySteps.contingencyId, id))
      .orderBy(asc(contingencySteps.position));

  it("moves the deadline and the steps counted from it, not those counted from the trigger", async () => {
    const start = f.ceremony.startsAt.getTime();
    expect((await workflow(runtime.db, id)).deadlineAt?.getTime()).toBe(start);
    const before = await steps();
    const later = new Date(start + 21 * DAY);
    await runtime.db.update(ceremonies).set({ startsAt: later }).where(eq(ceremonies.id, f.ceremony.id));
    await followCeremonyMove(runtime.db, f.ceremony.id, later, now + MS_PER_HOUR);
    expect((await workflow(runtime.db, id)).deadlineAt?.toISOString()).toBe(later.toISOString());
    const after = await steps();
    // find-date and reschedule count from the trigger; travel is due 14 days before the ceremony.
    expect(after.map((s) => s.key)).toEqual(["find-date", "reschedule", "travel"]);
    expect(after[0]?.dueAt).toEqual(before[0]?.dueAt);
    expect(after[1]?.dueAt).toEqual(before[1]?.dueAt);
    expect(after[2]?.dueAt.getTime()).toBe(later.getTime() - 14 * DAY);
    // Following the same date again records nothing more.
    await followCeremonyMove(runtime.db, f.ceremony.id, later, now + 2 * MS_PER_HOUR);
    const report = await incidentReport(runtime.db, id);
    expect(report?.entries.filter((e) => e.kind === "deadline_moved")).toHaveLength(1);
  });
});
