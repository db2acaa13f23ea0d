import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { SAMPLE_PDF } from "@/lib/domain/files/sample-files";
import { incidentReport } from "@/lib/queries/contingency/incident-report";
import { actorFor, executingSurrogates, mailsKeyed } from "@/lib/testing/contingency";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_HOUR } from "@/lib/time";
import { approveContingencyStep, completeContingencyStep, resolveContingency } from "./index";

const t0 = Date.parse("2020-04-01T09:00:00Z");
const pdf = { name: "consent-forms-kc41.pdf", bytes: SAMPLE_PDF };
const at = (hours: number) => t0 + hours * MS_PER_HOUR;

// Credential surrogates (KC41): consent forms, management approval of the surrogates, the transfer.
describe(`contingency steps on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let a: Actor;
  let b: Actor;
  let c: Actor;
  let controller: Actor;
  let id: string;
  let steps: Awaited<ReturnType<typeof executingSurrogates>>["steps"];
  const complete = (actor: Actor, stepId: string | undefined, note = "", skip?: "on", files = [pdf]) =>
    completeContingencyStep(runtime.db, actor, { id, stepId, note, skip, files }, at(5));

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const person = (email: string, roles: Actor["roles"]) =>
      createPerson(runtime.db, { email, roles: [...roles] }).then((p) => actorFor(p));
    a = await person("a@example.org", ["coordinator"]);
    b = await person("b@example.org", ["coordinator"]);
    c = await person("c@example.org", ["coordinator"]);
    controller = await person("ssc@example.org", ["safe_security_controller"]);
    ({ id, steps } = await executingSurrogates(
      runtime,
      [a, b, c],
      "Four TCRs cannot travel to El Segundo",
      t0,
    ));
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("asks the approvers of a step when execution starts", async () => {
    const management = steps[1];
    const asks = await mailsKeyed(runtime.db, `contingency-step:${management?.id}:approval:`);
    expect(asks.map((m) => m.to).sort()).toEqual([a.label, b.label, c.label]);
    expect(asks[0]?.subject).toBe(
      "Approval needed: Management approves the surrogates (Four TCRs cannot travel to El Segundo)",
    );
  });

  it("an attachment step needs at least one file; a note alone does not do", async () => {
    await expect(complete(a, steps[0]?.id, "consent-forms-kc41.pdf", undefined, [])).rejects.toMatchObject({
      fields: { files: "Attach at least one file as evidence (PDF, PNG, JPEG or plain text)." },
    });
    expect(await complete(a, steps[0]?.id, "Four forms, signed")).toMatchObject({
      changed: true,
      step: { status: "done", evidenceNote: "Four forms, signed" },
      evidence: [{ name: "consent-forms-kc41.pdf", type: "application/pdf" }],
    });
  });

  it("a step with its own approval quorum waits for it; each approver approves once", async () => {
    const management = steps[1]?.id;
    await expect(complete(a, management, "board-minutes.pdf")).rejects.toMatchObject({
      message: "Management approves the surrogates needs 2 more approvals before it can be completed.",
    });
    const approve = (actor: Actor) =>
      approveContingencyStep(runtime.db, actor, { id, stepId: management }, at(4));
    expect(await approve(a)).toEqual({ approvals: 1, missing: 1 });
    await expect(approve(a)).rejects.toMatchObject({ message: "You have already approved this." });
    await expect(approve(controller)).rejects.toMatchObject({
      message: "Only a person with the coordinator role may approve this.",
    });
    expect(await approve(b)).toEqual({ approvals: 2, missing: 0 });
    expect(await complete(b, management, "board-minutes.pdf")).toMatchObject({ changed: true });
  });

  it("only coordinators skip a step, and only with a note; then the workflow can be resolved", async () => {
    const transfer = steps[2]?.id;
    await expect(
      resolveContingency(runtime.db, a, { id, version: 4, note: "Held" }, at(6)),
    ).rejects.toMatchObject({ message: "1 step(s) are still pending and the trigger has not cleared." });
    await expect(complete(controller, transfer, "not needed", "on", [])).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(complete(a, transfer, "", "on", [])).rejects.toMatchObject({
      fields: { note: "Say why the step is skipped." },
    });
    await expect(complete(a, transfer, "Surrogates were already local", "on")).rejects.toMatchObject({
      fields: { files: "A skipped step takes no files; the note says why it is skipped." },
    });
    expect(await complete(a, transfer, "Surrogates were already local", "on", [])).toMatchObject({
      step: { status: "skipped" },
    });
    const row = await resolveContingency(
      runtime.db,
      a,
      { id, version: 4, note: "KC41 held with surrogates" },
      at(6),
    );
    expect(row.state).toBe("resolved");
    const report = await incidentReport(runtime.db, id);
    expect(report?.entries.map((e) => e.kind)).toEqual([
      "opened",
      "acknowledged",
      "option_chosen",
      "option_approved",
      "option_approved",
      "execution_started",
      // The approvals were given at 4 h, both completions recorded at 5 h: the timeline is in time order.
      "step_approved",
      "step_approved",
      "step_completed",
      "step_completed",
      "step_skipped",
      "resolved",
    ]);
    expect(report?.steps.map((s) => [s.stepKey, s.status, s.approvals.length])).toEqual([
      ["consent", "done", 0],
      ["management-approval", "done", 2],
      ["transfer", "skipped", 0],
    ]);
  });
});
