import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listPlaybooks } from "@/lib/queries/contingency/playbooks";
import { loadContingencySettings } from "@/lib/queries/contingency/settings";
import { openTestDatabase, testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { installPlaybookTemplates } from "./playbook-templates";
import { updateContingencySettings } from "./update-contingency-settings";

const staff: Actor = { ...coordinator, label: "staff@test", roles: ["ceremony_administrator"] };
const auditor: Actor = { ...coordinator, label: "auditor@test", roles: ["auditor"] };

describe(`contingency settings on ${testDriver}`, () => {
  let database: Database;
  let ids: { high: string; low: string };
  beforeAll(async () => {
    database = await openTestDatabase();
    await installPlaybookTemplates(database.db, Date.now());
    const list = await listPlaybooks(database.db);
    const id = (assurance: string) => list.find((p) => p.assurance === assurance)?.id as string;
    ids = { high: id("high"), low: id("low") };
  });
  afterAll(async () => {
    await database.close();
  });
  const current = async () => String((await loadContingencySettings(database.db)).version);

  it("saves the threshold and the default playbook, audited with before and after", async () => {
    const version = await current();
    const saved = await updateContingencySettings(
      database.db,
      coordinator,
      {
        coverageThresholdDays: " 45 ",
        defaultPlaybookId: ids.low,
        version,
      },
      Date.now(),
    );
    // Each save moves the version on, so a form still showing the old one is refused.
    expect(saved).toEqual({
      coverageThresholdDays: 45,
      defaultPlaybookId: ids.low,
      version: Number(version) + 1,
    });
    expect(await loadContingencySettings(database.db)).toEqual(saved);
    expect((await listPlaybooks(database.db)).find((p) => p.isDefault)?.id).toBe(ids.low);
    const event = await lastAudit(database.db, "contingency.settings_updated");
    expect(event).toMatchObject({ subjectType: "contingency", subjectId: "settings" });
    expect(event?.summary).toMatchObject({
      before: { coverageThresholdDays: 30, defaultPlaybookId: ids.high },
      after: { coverageThresholdDays: 45, defaultPlaybookId: ids.low },
    });
  });

  it.each([
    [{ coverageThresholdDays: "0" }, "coverageThresholdDays"],
    [{ coverageThresholdDays: "366" }, "coverageThresholdDays"],
    [{ coverageThresholdDays: "7.5" }, "coverageThresholdDays"],
    [{ coverageThresholdDays: "soon" }, "coverageThresholdDays"],
    [{ coverageThresholdDays: "" }, "coverageThresholdDays"],
    [{ defaultPlaybookId: "" }, "defaultPlaybookId"],
    [{ defaultPlaybookId: "not-a-uuid" }, "defaultPlaybookId"],
    [{ version: undefined }, "version"],
  ])("refuses %o naming the field, and writes nothing", async (bad, field) => {
    const before = await loadContingencySettings(database.db);
    const events = await database.db.$count(auditEvents);
    const input = { coverageThresholdDays: "20", defaultPlaybookId: ids.high, version: await current() };
    await expect(
      updateContingencySettings(database.db, coordinator, { ...input, ...bad }, Date.now()),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { [field]: expect.any(String) } });
    expect(await loadContingencySettings(database.db)).toEqual(before);
    expect(await database.db.$count(auditEvents)).toBe(events);
  });

  it("refuses a default playbook that does not exist", async () => {
    const before = await loadContingencySettings(database.db);
    await expect(
      updateContingencySettings(
        database.db,
        coordinator,
        {
          coverageThresholdDays: "20",
          defaultPlaybookId: randomUUID(),
          version: await current(),
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { defaultPlaybookId: expect.stringContaining("no longer exists") },
    });
    expect(await loadContingencySettings(database.db)).toEqual(before);
  });

  it("refuses anyone but a coordinator, and a stale form with the current values", async () => {
    const input = { coverageThresholdDays: "10", defaultPlaybookId: ids.high };
    const stale = await current();
    const events = await database.db.$count(auditEvents);
    for (const actor of [staff, auditor])
      await expect(
        updateContingencySettings(database.db, actor, { ...input, version: stale }, Date.now()),
      ).rejects.toMatchObject({ code: "forbidden" });
    expect(await database.db.$count(auditEvents)).toBe(events);

    await updateContingencySettings(database.db, coordinator, { ...input, version: stale }, Date.now());
    // Read before the call: awaiting inside the matcher would leave the rejection unobserved meanwhile.
    const fresh = await current();
    await expect(
      updateContingencySettings(
        database.db,
        coordinator,
        {
          ...input,
          coverageThresholdDays: "90",
          version: stale,
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({
      code: "conflict",
      current: { coverageThresholdDays: 10, defaultPlaybookId: ids.high, version: Number(fresh) },
    });
    expect((await loadContingencySettings(database.db)).coverageThresholdDays).toBe(10);
  });
});
