import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { travelRestrictions } from "@/db/schema";
import { listAuditEvents } from "@/lib/queries/audit";
import { testDriver } from "@/lib/testing/database";
import { coordinator } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import { importRestrictions } from "./import-restrictions";

const HEADER = "from,to,kind,start,end,days,exempt,note";
const good = [
  HEADER,
  "GB,FR,entry_ban,2026-01-01,2026-02-01,,,",
  '*,DE,quarantine,2026-01-01,2026-01-31,14,"AT;CH",spring',
];

describe(`restriction CSV import on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  const run = (lines: string[], dryRun = false) =>
    importRestrictions(
      runtime.db,
      runtime.boss,
      coordinator,
      { csv: lines.join("\r\n"), dryRun },
      Date.now(),
    );

  it("imports nothing when any row fails, naming every bad line", async () => {
    const csv = [
      ...good,
      "US,XX,entry_ban,2026-01-01,2026-02-01,,,",
      "",
      "US,FR,quarantine,2026-03-01,2026-02-01,,,",
    ];
    await expect(run(csv)).rejects.toMatchObject({
      code: "invalid_input",
      message: "2 lines have problems; nothing was imported.",
      fields: {
        "line 4": expect.stringContaining("to:"),
        "line 6": expect.stringMatching(/end:.*; days:|days:.*; end:/),
      },
    });
    expect(await runtime.db.$count(travelRestrictions)).toBe(0);
  });

  it("previews a good file without writing, then imports every row with an audit event each", async () => {
    const preview = await run(good, true);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(preview.imported).toEqual([]);
    expect(await runtime.db.$count(travelRestrictions)).toBe(0);

    const result = await run(good);
    expect(result.imported).toHaveLength(2);
    const rows = await runtime.db.select().from(travelRestrictions);
    expect(rows.find((r) => r.toCountry === "DE")).toMatchObject({
      fromCountry: "*",
      quarantineDays: 14,
      exempt: ["AT", "CH"],
    });
    const { events } = await listAuditEvents(runtime.db, { action: "travel_restriction.create" });
    expect(events.map((e) => e.summary)).toContainEqual(
      expect.objectContaining({ source: "csv", before: null, after: expect.objectContaining({ to: "FR" }) }),
    );
  });

  it("refuses a file without the expected header", async () => {
    await expect(run(["from,to,kind", "GB,FR,entry_ban"])).rejects.toMatchObject({
      fields: { "line 1": expect.stringContaining("lacks start, end, days, exempt, note") },
    });
  });
});
