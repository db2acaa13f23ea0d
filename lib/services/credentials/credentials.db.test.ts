import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialSeats, credentialSets } from "@/db/schema";
import { createCredentialSet, createFacility, createPerson, createSeat } from "@/db/seed/factories";
import { testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import { credentialSetValues } from "@/lib/validation/credential-set";
import { addSeat } from "./add-seat";
import { changeSeatStatus } from "./change-seat-status";
import { promoteBackup } from "./promote-backup";
import { addCredentialSet, editCredentialSet } from "./save-credential-set";

describe(`credential sets and seats on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let facilityId: string;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    facilityId = (await createFacility(runtime.db)).id;
  });
  afterAll(async () => {
    await runtime.close();
  });

  const statusOf = async (id: string) =>
    (await runtime.db.select().from(credentialSeats).where(eq(credentialSeats.id, id)))[0]?.status;

  it("creates a set, audited, and refuses m above n on the threshold field", async () => {
    const input = {
      facilityId,
      code: "co-x",
      name: "CO X",
      kind: "crypto_officer",
      threshold: "3",
      size: "7",
    };
    const { id } = await addCredentialSet(runtime.db, coordinator, input, Date.now());
    expect((await lastAudit(runtime.db, "credential_set.create"))?.summary).toMatchObject({
      before: null,
      after: { code: "CO-X", threshold: 3, size: 7 },
    });
    const before = await runtime.db.$count(credentialSets);
    await expect(
      addCredentialSet(runtime.db, coordinator, { ...input, code: "CO-Y", threshold: "8" }, Date.now()),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { threshold: expect.stringContaining("m cannot") },
    });
    await expect(addCredentialSet(runtime.db, coordinator, input, Date.now())).rejects.toMatchObject({
      fields: { code: expect.stringContaining("already uses") },
    });
    expect(await runtime.db.$count(credentialSets)).toBe(before);
    expect(id).toBeTruthy();
  });

  it("will not shrink n below the active seats", async () => {
    const set = await createCredentialSet(runtime.db, { facilityId, threshold: 1, size: 3 });
    for (let i = 0; i < 2; i++) {
      await createSeat(runtime.db, { setId: set.id, personId: (await createPerson(runtime.db)).id });
    }
    const base = { id: set.id, version: set.version, ...credentialSetValues(set) };
    await expect(
      editCredentialSet(runtime.db, runtime.boss, coordinator, { ...base, size: 1 }, Date.now()),
    ).rejects.toMatchObject({
      fields: { size: expect.stringContaining("2 active seats") },
    });
    await editCredentialSet(runtime.db, runtime.boss, coordinator, { ...base, size: 2 }, Date.now());
    expect((await lastAudit(runtime.db, "credential_set.update"))?.summary).toMatchObject({
      before: { size: 3 },
      after: { size: 2 },
    });
  });

  it("refuses a save from a form shown before someone else's, with the values now stored", async () => {
    const set = await createCredentialSet(runtime.db, { facilityId, threshold: 2, size: 5 });
    const shown = { id: set.id, version: set.version, ...credentialSetValues(set) };
    await editCredentialSet(runtime.db, runtime.boss, coordinator, { ...shown, threshold: 3 }, Date.now());
    await expect(
      editCredentialSet(runtime.db, runtime.boss, coordinator, { ...shown, size: 4 }, Date.now()),
    ).rejects.toMatchObject({ code: "conflict", current: { threshold: 3, size: 5 } });
    const [stored] = await runtime.db.select().from(credentialSets).where(eq(credentialSets.id, set.id));
    expect([stored?.threshold, stored?.size, stored?.version]).toEqual([3, 5, set.version + 1]);
  });

  it("adds seats, one per person per set, and no active seat past n", async () => {
    const set = await createCredentialSet(runtime.db, { facilityId, threshold: 1, size: 1 });
    const [a, b] = [await createPerson(runtime.db), await createPerson(runtime.db)];
    const { id } = await addSeat(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        setId: set.id,
        personId: a.id,
        label: "A",
        status: "active",
      },
      Date.now(),
    );
    expect((await lastAudit(runtime.db, "credential_seat.create"))?.subjectId).toBe(id);
    const seat = { setId: set.id, personId: b.id, label: "B", status: "active" };
    await expect(addSeat(runtime.db, runtime.boss, coordinator, seat, Date.now())).rejects.toMatchObject({
      fields: { status: expect.stringContaining("at most 1 active") },
    });
    await expect(
      addSeat(
        runtime.db,
        runtime.boss,
        coordinator,
        {
          ...seat,
          personId: a.id,
          label: "A2",
          status: "backup",
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({ fields: { personId: "This person already holds a seat in this set." } });
    await expect(
      addSeat(
        runtime.db,
        runtime.boss,
        coordinator,
        {
          ...seat,
          setId: crypto.randomUUID(),
          status: "backup",
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await changeSeatStatus(
      runtime.db,
      runtime.boss,
      coordinator,
      { seatId: id, status: "retired" },
      Date.now(),
    );
    expect((await lastAudit(runtime.db, "credential_seat.status_changed"))?.summary).toMatchObject({
      before: { status: "active" },
      after: { status: "retired" },
    });
  });

  it("promotes a backup into a full set only together with retiring a named active seat", async () => {
    const set = await createCredentialSet(runtime.db, { facilityId, threshold: 1, size: 2 });
    const seat = async (label: string, status: "active" | "backup") =>
      createSeat(runtime.db, { setId: set.id, personId: (await createPerson(runtime.db)).id, label, status });
    const [one, two, backup] = [
      await seat("one", "active"),
      await seat("two", "active"),
      await seat("b", "backup"),
    ];
    await expect(
      promoteBackup(runtime.db, runtime.boss, coordinator, { seatId: backup.id }, Date.now()),
    ).rejects.toMatchObject({
      fields: { retireSeatId: expect.stringContaining("choose one to retire") },
    });
    const other = await createSeat(runtime.db, {
      setId: (await createCredentialSet(runtime.db, { facilityId })).id,
      personId: (await createPerson(runtime.db)).id,
    });
    await expect(
      promoteBackup(
        runtime.db,
        runtime.boss,
        coordinator,
        { seatId: backup.id, retireSeatId: other.id },
        Date.now(),
      ),
    ).rejects.toMatchObject({ fields: { retireSeatId: expect.any(String) } });
    expect(await statusOf(backup.id)).toBe("backup");

    await promoteBackup(
      runtime.db,
      runtime.boss,
      coordinator,
      { seatId: backup.id, retireSeatId: two.id },
      Date.now(),
    );
    expect([await statusOf(one.id), await statusOf(two.id), await statusOf(backup.id)]).toEqual([
      "active",
      "retired",
      "active",
    ]);
    expect((await lastAudit(runtime.db, "credential_seat.promoted"))?.summary).toMatchObject({
      before: { b: "backup", two: "active" },
      after: { b: "active", two: "retired" },
    });
    await expect(
      promoteBackup(runtime.db, runtime.boss, coordinator, { seatId: backup.id }, Date.now()),
    ).rejects.toMatchObject({
      fields: { seatId: expect.stringContaining("not a backup") },
    });
  });
});
