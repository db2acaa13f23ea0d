import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { loadCoverageSettings } from "@/lib/queries/coverage/coverage-state";
import { openTestDatabase, testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { updateCoverageSettings } from "./update-coverage-settings";

const staff: Actor = { ...coordinator, label: "staff@test", roles: ["ceremony_administrator"] };

describe(`coverage settings on ${testDriver}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });
  const current = async () => String((await loadCoverageSettings(database.db)).version);

  it("saves margin, thresholds (longest first) and widening, audited with before and after", async () => {
    const version = await current();
    const saved = await updateCoverageSettings(
      database.db,
      coordinator,
      {
        processingMarginDays: "21",
        alertDays: " 7, 120 30;1 ",
        widenDays: "10",
        version,
      },
      Date.now(),
    );
    expect(saved).toEqual({
      processingMarginDays: 21,
      alertDays: [120, 30, 7, 1],
      widenDays: 10,
      version: 2,
    });
    expect(await loadCoverageSettings(database.db)).toEqual(saved);
    const event = await lastAudit(database.db, "coverage.settings_updated");
    expect(event).toMatchObject({ subjectType: "coverage", subjectId: "settings" });
    expect(event?.summary).toMatchObject({
      before: { processingMarginDays: 14, alertDays: [90, 60, 30, 14, 7, 3, 1], widenDays: 14 },
      after: { processingMarginDays: 21, alertDays: [120, 30, 7, 1], widenDays: 10 },
    });
  });

  it.each([
    [{ processingMarginDays: "366" }, "processingMarginDays"],
    [{ processingMarginDays: "2.5" }, "processingMarginDays"],
    [{ processingMarginDays: "" }, "processingMarginDays"],
    [{ widenDays: "-1" }, "widenDays"],
    [{ alertDays: "30, 30" }, "alertDays"],
    [{ alertDays: "0, 7" }, "alertDays"],
    [{ alertDays: "400" }, "alertDays"],
    [{ alertDays: "7 days" }, "alertDays"],
    [{ alertDays: "" }, "alertDays"],
    [{ alertDays: "1,2,3,4,5,6,7,8,9,10,11,12,13" }, "alertDays"],
  ])("refuses %o naming the field, and writes nothing", async (bad, field) => {
    const before = await loadCoverageSettings(database.db);
    const input = {
      processingMarginDays: "14",
      alertDays: "30, 7",
      widenDays: "14",
      version: await current(),
    };
    await expect(
      updateCoverageSettings(database.db, coordinator, { ...input, ...bad }, Date.now()),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { [field]: expect.any(String) },
    });
    expect(await loadCoverageSettings(database.db)).toEqual(before);
  });

  it("refuses a stale form with the current values, and anyone but a coordinator", async () => {
    const stale = await current();
    const input = { processingMarginDays: "7", alertDays: "30", widenDays: "7" };
    await updateCoverageSettings(database.db, coordinator, { ...input, version: stale }, Date.now());
    const events = await database.db.$count(auditEvents);
    // Read before the call: awaiting inside the matcher would leave the rejection unobserved meanwhile.
    const fresh = await current();
    await expect(
      updateCoverageSettings(
        database.db,
        coordinator,
        { ...input, widenDays: "3", version: stale },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "conflict", current: { widenDays: 7, version: Number(fresh) } });
    await expect(
      updateCoverageSettings(database.db, staff, { ...input, version: fresh }, Date.now()),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await database.db.$count(auditEvents)).toBe(events);
    expect((await loadCoverageSettings(database.db)).widenDays).toBe(7);
  });
});
