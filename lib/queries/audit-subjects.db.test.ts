import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { subjectKey } from "@/lib/domain/audit/subject-nouns";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { listAuditEvents } from "./audit";
import { auditSubjectNames } from "./audit-subjects";

describe(`audit subject and actor names on ${testDriver}`, () => {
  const queries: string[] = [];
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  const now = Date.parse("2026-03-01T10:00:00Z");

  beforeAll(async () => {
    runtime = await openTestRuntime({ onQuery: (q) => queries.push(q) });
    f = await planningFixture(runtime.db, now, 3, "aud");
    const coordinator = {
      id: f.coordinator.id,
      label: f.coordinator.email,
      roles: [],
      requestId: null,
      ip: null,
    };
    await runtime.db.transaction(async (tx) => {
      await recordAudit(
        tx,
        coordinator,
        { action: "ceremony.update", subjectType: "ceremony", subjectId: f.ceremony.id },
        now,
      );
      await recordAudit(
        tx,
        coordinator,
        { action: "facility.update", subjectType: "facility", subjectId: f.facility.id },
        now,
      );
      for (const invitation of f.invited)
        await recordAudit(
          tx,
          { id: invitation.personId, label: "someone@example.org", roles: [], requestId: null, ip: null },
          { action: "invitation.respond", subjectType: "invitation", subjectId: invitation.id },
          now,
        );
      await recordAudit(
        tx,
        systemActor("quorum-check"),
        { action: "coverage.alert_sent", subjectType: "coverage", subjectId: "settings" },
        now,
      );
      await recordAudit(
        tx,
        coordinator,
        { action: "person.update", subjectType: "person", subjectId: "00000000-0000-4000-8000-000000000000" },
        now,
      );
    });
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("names each subject and actor, links an invitation to its ceremony, in one statement per kind", async () => {
    const { events } = await listAuditEvents(runtime.db, {});
    queries.length = 0;
    const names = await auditSubjectNames(runtime.db, events);
    // ceremony, facility, invitation, person (actors and the deleted person): four kinds, four statements.
    expect(queries).toHaveLength(4);
    expect(names.get(subjectKey("ceremony", f.ceremony.id))?.name).toBe("AUD-KC1");
    expect(names.get(subjectKey("facility", f.facility.id))?.name).toBe("aud East");
    const first = f.invited[0];
    const invitation = first ? names.get(subjectKey("invitation", first.id)) : undefined;
    expect(invitation).toEqual({
      name: "Officer 0 for AUD-KC1",
      linkTo: { type: "ceremony", id: f.ceremony.id },
    });
    expect(names.get(subjectKey("person", f.coordinator.id))?.name).toBe(f.coordinator.name);
    // A subject that no longer exists, or that is not a row ("settings"), has no name and no link.
    expect(names.has(subjectKey("person", "00000000-0000-4000-8000-000000000000"))).toBe(false);
    expect(names.has(subjectKey("coverage", "settings"))).toBe(false);
  });

  it("the actor filter finds events by the person's name as well as by the recorded email", async () => {
    const byName = await listAuditEvents(runtime.db, { actor: "officer 1" });
    expect(byName.events.map((e) => e.action)).toEqual(["invitation.respond"]);
    const byEmail = await listAuditEvents(runtime.db, { actor: "aud-coord@" });
    expect(byEmail.events).toHaveLength(3);
  });
});
