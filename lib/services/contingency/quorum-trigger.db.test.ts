import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies } from "@/db/schema";
import { createCeremony, createFacility, createPerson } from "@/db/seed/factories";
import { contingencyDetail } from "@/lib/queries/contingency/detail";
import { workflowsKeyed } from "@/lib/testing/contingency";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { dateOf, MS_PER_HOUR } from "@/lib/time";
import { evaluateCeremonyTrigger } from "./quorum-trigger";

const t0 = Date.parse("2020-03-01T12:00:00Z");
const at = (hours: number) => t0 + hours * MS_PER_HOUR;

// The verdict hook: one workflow per ceremony whatever its quorum goes through.
describe(`the quorum trigger on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let facility: Awaited<ReturnType<typeof createFacility>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    facility = await createFacility(runtime.db);
    await createPerson(runtime.db, { roles: ["coordinator"] });
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("at risk inside the travel lead opens a workflow that worsens to not met, clears and holds again, as one", async () => {
    const ceremony = await createCeremony(runtime.db, {
      facilityId: facility.id,
      timeZone: facility.timeZone,
      startsAt: dateOf(at(30 * 24)),
      lastVerdict: "at_risk",
    });
    const step = async (verdict: "met" | "at_risk" | "not_met", hours: number) =>
      runtime.db.transaction(async (tx) => {
        await tx.update(ceremonies).set({ lastVerdict: verdict }).where(eq(ceremonies.id, ceremony.id));
        return evaluateCeremonyTrigger(tx, runtime.boss, ceremony.id, at(hours));
      });
    expect(await step("at_risk", 100)).toBe("opened");
    expect(await step("at_risk", 101)).toBe("unchanged");
    expect(await step("not_met", 102)).toBe("worsened");
    expect(await step("met", 103)).toBe("proposed");
    expect(await step("met", 104)).toBe("unchanged");
    expect(await step("at_risk", 105)).toBe("withdrawn");
    const [row, ...others] = await workflowsKeyed(runtime.db, `quorum:${ceremony.id}`);
    expect(others).toHaveLength(0);
    expect(row).toMatchObject({ cause: "quorum_not_met", resolutionProposedAt: null });
    const timeline = (await contingencyDetail(runtime.db, row?.id as string))?.timeline ?? [];
    expect(timeline.map((e) => e.kind)).toEqual([
      "opened",
      "cause_worsened",
      "resolution_proposed",
      "resolution_withdrawn",
    ]);
    // A ceremony further out than the travel lead, merely at risk, opens nothing.
    const later = await createCeremony(runtime.db, {
      facilityId: facility.id,
      timeZone: facility.timeZone,
      startsAt: dateOf(at(90 * 24)),
      lastVerdict: "at_risk",
    });
    const outcome = await runtime.db.transaction((tx) =>
      evaluateCeremonyTrigger(tx, runtime.boss, later.id, at(0)),
    );
    expect(outcome).toBe("unchanged");
  });
});
