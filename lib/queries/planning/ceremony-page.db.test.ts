import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { ceremonyPage } from "./ceremony-page";

describe(`ceremony page query count on ${testDriver}`, () => {
  const queries: string[] = [];
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const now = Date.parse("2026-11-27T12:00:00Z");
  beforeAll(async () => {
    runtime = await openTestRuntime({ onQuery: (q) => queries.push(q) });
  });
  afterAll(async () => {
    await runtime.close();
  });

  async function countFor(invitees: number, prefix: string) {
    const fixture = await planningFixture(runtime.db, now, invitees - 1, prefix);
    queries.length = 0;
    const page = await ceremonyPage(runtime.db, fixture.ceremony.id, now);
    expect(page?.roster).toHaveLength(invitees);
    return queries.length;
  }

  it("issues the same number of SQL queries with 5 and with 200 invitees", async () => {
    const small = await countFor(5, "small");
    const large = await countFor(200, "large");
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
