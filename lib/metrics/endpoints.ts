import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { edgeState } from "@/lib/edge/edge-state";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { mailCounts } from "@/lib/queries/metrics/mail-counts";
import { queueDepths } from "@/lib/queries/metrics/queue-depth";
import { tokenRoute } from "@/lib/routes/token-route";
import type { Instant } from "@/lib/time";
import { coverageReport } from "./coverage-report";
import { deskMetrics } from "./desk-metrics";
import { PROMETHEUS_CONTENT_TYPE, renderExposition } from "./prometheus";

// The route files only pass the runtime and the clock in; these answer, so tests can call them directly.

/** GET /api/coverage: the coverage report as JSON, for a token whose owner may view coverage. */
export function handleCoverageRequest(runtime: { db: Db }, request: Request, now: Instant) {
  return tokenRoute(
    runtime.db,
    request,
    "coverage.view",
    "json",
    async () => {
      const state = await loadCoverageState(runtime.db, now);
      return Response.json(coverageReport(state), { headers: { "cache-control": "no-store" } });
    },
    now,
  );
}

/** GET /metrics: Prometheus text, for a token whose owner may view metrics. */
export function handleMetricsRequest(runtime: { db: Db; boss: PgBoss }, request: Request, now: Instant) {
  return tokenRoute(
    runtime.db,
    request,
    "metrics.view",
    "text",
    async () => {
      const [coverage, mail, queues] = await Promise.all([
        loadCoverageState(runtime.db, now),
        mailCounts(runtime.db),
        queueDepths(runtime.boss),
      ]);
      return new Response(
        renderExposition(deskMetrics({ coverage, mail, queues, refused: edgeState().refused })),
        {
          headers: { "content-type": PROMETHEUS_CONTENT_TYPE, "cache-control": "no-store" },
        },
      );
    },
    now,
  );
}
