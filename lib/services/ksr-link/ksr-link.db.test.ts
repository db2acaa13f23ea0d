import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, ksrVerifications, signingDocuments } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { createSigningDocument } from "@/db/seed/signing-documents";
import type { Actor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";
import { ceremonyKsr } from "@/lib/queries/planning/ceremony-ksr";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { linkKsr } from "./link-ksr";
import { recordKsrVerification } from "./record-verification";

const now = Date.parse("2026-11-27T12:00:00Z");
const uploadedAt = new Date("2026-11-01T09:00:00Z");

describe(`linking a ceremony to its KSR on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordinator: Actor;
  let staff: Actor;
  let ksrId: string;
  let ksr2Id: string;
  let skrId: string;
  const link = (input: Record<string, unknown>) => linkKsr(runtime.db, coordinator, input, Date.now());
  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3);
    coordinator = actorFor(f.coordinator, ["coordinator"]);
    staff = actorFor(
      await createPerson(runtime.db, { email: "ssc@example.org", roles: ["safe_security_controller"] }),
      ["safe_security_controller"],
    );
    const store = async (name: string) =>
      (
        await createSigningDocument(runtime.db, {
          bytes: fixture(name),
          fileName: name,
          uploadedBy: f.coordinator.id,
          uploadedAt,
        })
      ).row.id;
    ksrId = await store("ksr-root-2016-q3-0.xml");
    ksr2Id = await store("ksr-root-2018-q1-0-d_to_e.xml");
    skrId = await store("skr-root-2017-q1-0.xml");
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("warns that a KSR's period does not follow the ceremony and links it only once confirmed", async () => {
    const refused = link({ ceremonyId: f.ceremony.id, documentId: ksrId });
    await expect(refused).rejects.toMatchObject({
      code: "invalid_input",
      fields: {
        confirmPeriod: expect.stringMatching(
          /^Its first bundle starts 2016-07-01, before the ceremony on \d{4}-\d\d-\d\d\. Tick the box to link it anyway\.$/,
        ),
      },
    });
    expect((await ceremonyKsr(runtime.db, f.ceremony.id)).linked).toBeNull();
  });

  it("refuses a KSR with error findings, and labels every choice so two alike are told apart", async () => {
    const bad = (
      await createSigningDocument(runtime.db, {
        bytes: fixture("ksr.bad.xml"),
        fileName: "ksr.bad.xml",
        uploadedBy: f.coordinator.id,
        uploadedAt,
      })
    ).row.id;
    await expect(
      link({ ceremonyId: f.ceremony.id, documentId: bad, confirmPeriod: "on" }),
    ).rejects.toMatchObject({ fields: { documentId: "It has 2 error findings; upload a corrected KSR." } });
    const { choices } = await ceremonyKsr(runtime.db, f.ceremony.id);
    const label = choices.find((c) => c.id === bad)?.label;
    expect(label).toMatch(
      /^ksr\.bad\.xml · \d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d · serial \d+ · SHA-256 [0-9a-f]{8}… · 2 errors: cannot be signed$/,
    );
    expect(new Set(choices.map((c) => c.label)).size).toBe(choices.length);
    await runtime.db.delete(signingDocuments).where(eq(signingDocuments.id, bad));
  });

  it("shows the linked KSR's SHA-256 as hex and as 32 PGP words, and audits the link", async () => {
    expect(
      await link({
        ceremonyId: f.ceremony.id,
        documentId: ksrId,
        confirmPeriod: "on",
      }),
    ).toEqual({
      changed: true,
    });
    const view = await ceremonyKsr(runtime.db, f.ceremony.id);
    expect(view.linked?.documentId).toBe(ksrId);
    expect(view.linked?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(view.linked?.pgpWords).toHaveLength(32);
    // The even/odd tables alternate: byte 0 reads from the two-syllable list, byte 1 from the three-syllable one.
    expect(view.choices.map((c) => c.id).sort()).toEqual([ksrId, ksr2Id].sort());
    const events = await listAuditEvents(runtime.db, { action: "ceremony.ksr_linked" });
    expect(events.events.some((e) => e.subjectId === f.ceremony.id)).toBe(true);
    // Linking the same KSR again changes nothing and writes no second event.
    expect(
      await link({
        ceremonyId: f.ceremony.id,
        documentId: ksrId,
        confirmPeriod: "on",
      }),
    ).toEqual({
      changed: false,
    });
  });

  it("refuses an SKR, an unknown document and a ceremony that is not a key signing", async () => {
    await expect(link({ ceremonyId: f.ceremony.id, documentId: skrId })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { documentId: "Choose a KSR from the list." },
    });
    await expect(
      link({
        ceremonyId: f.ceremony.id,
        documentId: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await runtime.db
      .update(ceremonies)
      .set({ kind: "hsm_replacement" })
      .where(eq(ceremonies.id, f.ceremony.id));
    await expect(
      link({
        ceremonyId: f.ceremony.id,
        documentId: ksr2Id,
        confirmPeriod: "on",
      }),
    ).rejects.toThrow(/not a key signing ceremony/);
    await runtime.db.update(ceremonies).set({ kind: "key_signing" }).where(eq(ceremonies.id, f.ceremony.id));
  });

  it("records an out-of-band verification in the recorder's zone, audited", async () => {
    await recordKsrVerification(
      runtime.db,
      staff,
      "Asia/Kathmandu",
      {
        ceremonyId: f.ceremony.id,
        documentId: ksrId,
        confirmedBy: "A. Operator, ZSK operator",
        channel: "phone",
        date: "2026-11-27",
        time: "15:45",
        matched: "on",
      },
      now,
    );
    const view = await ceremonyKsr(runtime.db, f.ceremony.id);
    expect(view.verifications).toHaveLength(1);
    // 15:45 in Kathmandu (UTC+05:45) is 10:00 UTC.
    expect(view.verifications[0]?.confirmedAt.toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(view.verifications[0]?.channel).toBe("phone");
    const events = await listAuditEvents(runtime.db, { action: "ceremony.ksr_verified" });
    expect(events.events[0]?.summary).toMatchObject({ after: { confirmedBy: "A. Operator, ZSK operator" } });
  });

  it("refuses a verification without a match, in the future, or of a KSR no longer linked", async () => {
    const base = {
      ceremonyId: f.ceremony.id,
      documentId: ksrId,
      confirmedBy: "A. Operator",
      channel: "video_call",
      date: "2026-11-27",
      time: "11:00",
    };
    await expect(recordKsrVerification(runtime.db, staff, "UTC", base, now)).rejects.toMatchObject({
      fields: { matched: expect.stringMatching(/every word matched/) },
    });
    await expect(
      recordKsrVerification(runtime.db, staff, "UTC", { ...base, matched: "on", time: "18:00" }, now),
    ).rejects.toMatchObject({ fields: { date: "The confirmation cannot be in the future." } });
    await expect(
      recordKsrVerification(
        runtime.db,
        staff,
        "UTC",
        { ...base, matched: "on", channel: "carrier_pigeon" },
        now,
      ),
    ).rejects.toMatchObject({ fields: { channel: expect.any(String) } });
    await link({
      ceremonyId: f.ceremony.id,
      documentId: ksr2Id,
      confirmPeriod: "on",
    });
    await expect(
      recordKsrVerification(runtime.db, staff, "UTC", { ...base, matched: "on" }, now),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    // The replaced KSR's verification is kept in the record but no longer shown as verifying the new one.
    expect((await ceremonyKsr(runtime.db, f.ceremony.id)).verifications).toHaveLength(0);
    expect(await runtime.db.select().from(ksrVerifications)).toHaveLength(1);
  });

  it("unlinks when no document is chosen", async () => {
    expect(await link({ ceremonyId: f.ceremony.id, documentId: "" })).toEqual({
      changed: true,
    });
    expect((await ceremonyKsr(runtime.db, f.ceremony.id)).linked).toBeNull();
  });
});
