// `npm run bench:mail`: how fast the mail worker empties its queue into a provider, on the real
// PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database of its
// own, dropped afterwards). One notification to BENCH_MAIL_MESSAGES people (default 1,000) is queued in one
// transaction, as a quorum change to every invitee is; the workers start with the app's own settings and
// deliver to a local stand-in for Resend that answers after BENCH_MAIL_LATENCY_MS (default 20) and fails
// the first attempt of one message in ten. Beside it, in the same run, the floor: the same provider calls
// made straight from a loop with as many in flight as the workers allow.
import { eq, sql } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { MAIL_IN_FLIGHT, startWorkers } from "@/lib/jobs/workers";
import { notify } from "@/lib/services/notify/notify";
import { coverageAlertTo } from "@/lib/testing/coverage-alerts";
import { startResendStandIn } from "@/lib/testing/resend-stand-in";
import { eventually, openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_MINUTE } from "@/lib/time";

process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const MESSAGES = Number(process.env.BENCH_MAIL_MESSAGES ?? 1000);
const LATENCY_MS = Number(process.env.BENCH_MAIL_LATENCY_MS ?? 20);
const TARGET = 50;

/** One message in ten fails its first attempt, picked by its key so the run is the same every time. */
const flaky = (key: string) => Number.parseInt(key.slice(-2), 16) % 10 === 0;

const recipients = Array.from({ length: MESSAGES }, (_, i) => ({
  personId: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
  email: `person-${i}@example.org`,
}));

/** The floor: the stand-in called straight, MAIL_IN_FLIGHT at a time, no queue and no database. */
async function providerFloor(url: string): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < MESSAGES) {
      const i = next++;
      const response = await fetch(`${url}/emails`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": `floor-${i}` },
        body: JSON.stringify({ to: `floor-${i}@example.org`, subject: "s", html: "h", text: "t" }),
      });
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: MAIL_IN_FLIGHT }, lane));
  return MESSAGES / ((performance.now() - started) / 1000);
}

async function main() {
  const floorProvider = await startResendStandIn({ latencyMs: LATENCY_MS });
  const floor = await providerFloor(floorProvider.url);
  await floorProvider.close();

  const provider = await startResendStandIn({ latencyMs: LATENCY_MS, failOnceFor: flaky });
  process.env.RESEND_API_KEY = "re_bench_key";
  process.env.RESEND_BASE_URL = provider.url;
  // Retries come due after a second here (the app waits a minute), so the run also times the retried tail.
  const runtime = await openTestRuntime({ queueOptions: { retryDelay: 1, retryDelayMax: 1 } });
  try {
    // Notices go to people (each one's inbox row refers to them).
    for (const r of recipients) await createPerson(runtime.db, { id: r.personId, email: r.email });
    await runtime.db.transaction((tx) => notify(tx, runtime.boss, coverageAlertTo(recipients, "bench-mail")));
    const sentCount = async () =>
      (
        await runtime.db
          .select({ n: sql<number>`count(*)::int` })
          .from(emailMessages)
          .where(eq(emailMessages.status, "sent"))
      )[0]?.n ?? 0;
    const started = performance.now();
    await startWorkers(runtime.boss, runtime.db);
    let firstPass = 0;
    await eventually(async () => {
      const sent = await sentCount();
      if (!firstPass && sent >= MESSAGES * 0.9) firstPass = performance.now() - started;
      return sent === MESSAGES;
    }, 10 * MS_PER_MINUTE);
    const total = performance.now() - started;
    const rate = MESSAGES / (total / 1000);
    const firstRate = (MESSAGES * 0.9) / (firstPass / 1000);
    const retried = provider.attempts.length - MESSAGES;
    console.log(
      `mail delivery: ${MESSAGES} messages, provider latency ${LATENCY_MS} ms, ${MAIL_IN_FLIGHT} in flight`,
    );
    console.log(`  provider floor (straight calls)   ${floor.toFixed(0).padStart(6)} msg/s`);
    console.log(
      `  first 90% through the worker     ${firstRate.toFixed(0).padStart(6)} msg/s  ${(firstRate / floor).toFixed(2)}x of floor`,
    );
    console.log(
      `  all, with the retried tenth      ${rate.toFixed(0).padStart(6)} msg/s  target >= ${TARGET} msg/s  ${rate >= TARGET ? "met" : "NOT met"}`,
    );
    console.log(
      `  provider calls ${provider.attempts.length} (${retried} retries), accepted ${provider.accepted.size}, sent twice ${provider.repeats()}`,
    );
    if (provider.accepted.size !== MESSAGES || provider.repeats() !== 0)
      throw new Error("delivery lost or repeated a message");
  } finally {
    await runtime.close();
    await provider.close();
  }
}

await main();
