// `npm run bench:reminders`: the hourly answer-reminder sweep on the real PostgreSQL
// (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database of its own per
// size, dropped afterwards). Each size has as many ceremonies, each with 50 invitees of whom half have
// not answered, all on the day of their first reminder stage. Reported per size: the sweep's time, its
// SQL statements and the mails it queued; beside it, in the same run, the floor: reading the same
// ceremonies' planning facts alone (what any sweep must read).
import { ceremonies, ceremonyRequirements, invitations, people } from "@/db/schema";
import { createFacility } from "@/db/seed/factories";
import { loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";
import { sendAnswerReminders } from "@/lib/services/attendance/send-answer-reminders";
import { openTestRuntime } from "@/lib/testing/runtime";
import { dateOf, MS_PER_DAY, MS_PER_MINUTE } from "@/lib/time";

process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const INVITEES = 50;
const PEOPLE = 500;
const TARGET_MS = 1000;
const SIZES = [20, 200];
// RSVP-by falls 75 days before a ceremony; 85 days ahead puts every one on its 14-day stage.
const DAYS_AHEAD = 85;

async function measure(count: number) {
  let statements = 0;
  let counting = false;
  const runtime = await openTestRuntime({ onQuery: () => counting && statements++ });
  try {
    const now = Date.now();
    const facility = await createFacility(runtime.db, { country: "US", timeZone: "America/New_York" });
    const crowd = await runtime.db
      .insert(people)
      .values(
        Array.from({ length: PEOPLE }, (_, i) => ({
          name: `Officer ${i}`,
          email: `sweep-${i}@example.org`,
          homeCountry: "US",
          timeZone: "America/Chicago",
          roles: ["crypto_officer" as const],
        })),
      )
      .returning({ id: people.id });
    const rows = await runtime.db
      .insert(ceremonies)
      .values(
        Array.from({ length: count }, (_, i) => ({
          label: `SWEEP-${i}`,
          kind: "key_signing" as const,
          facilityId: facility.id,
          timeZone: facility.timeZone,
          startsAt: dateOf(now + DAYS_AHEAD * MS_PER_DAY + i * MS_PER_MINUTE),
          durationMinutes: 240,
          status: "scheduled" as const,
        })),
      )
      .returning({ id: ceremonies.id });
    await runtime.db
      .insert(ceremonyRequirements)
      .values(rows.map((c) => ({ ceremonyId: c.id, role: "crypto_officer" as const, min: 3 })));
    const invited = rows.flatMap((c, i) =>
      Array.from({ length: INVITEES }, (_, j) => ({
        ceremonyId: c.id,
        personId: (crowd[(i * INVITEES + j) % PEOPLE] as { id: string }).id,
        response: j % 2 === 0 ? ("attending" as const) : ("no_answer" as const),
      })),
    );
    for (let i = 0; i < invited.length; i += 2000)
      await runtime.db.insert(invitations).values(invited.slice(i, i + 2000));

    counting = true;
    let started = performance.now();
    await loadCeremonyPlanning(
      runtime.db,
      rows.map((r) => r.id),
    );
    const floorMs = performance.now() - started;
    const floorStatements = statements;
    statements = 0;
    started = performance.now();
    const queued = await sendAnswerReminders(runtime.db, runtime.boss, now);
    const sweepMs = performance.now() - started;
    counting = false;
    return { count, invitations: invited.length, floorMs, floorStatements, sweepMs, statements, queued };
  } finally {
    await runtime.close();
  }
}

const results = [];
for (const size of SIZES) results.push(await measure(size));
console.log(`answer-reminder sweep, ${INVITEES} invitees per ceremony, half not answered, on PostgreSQL`);
for (const r of results) {
  console.log(
    `  ${String(r.count).padStart(4)} ceremonies, ${String(r.invitations).padStart(6)} invitations: sweep ${r.sweepMs.toFixed(0).padStart(6)} ms, ${String(r.statements).padStart(6)} statements, ${r.queued} reminders queued | floor (planning reads) ${r.floorMs.toFixed(0)} ms, ${r.floorStatements} statements | ${(r.sweepMs / r.floorMs).toFixed(1)}x of floor`,
  );
}
const largest = results.at(-1);
if (largest)
  console.log(
    `  target: ${largest.count} ceremonies under ${TARGET_MS} ms: ${largest.sweepMs < TARGET_MS ? "met" : "NOT met"}; statements ${results.map((r) => r.statements).join(" → ")} (target: the same at every size)`,
  );
