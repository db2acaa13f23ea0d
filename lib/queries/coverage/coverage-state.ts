import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { coverageSettings, type StoredBundle, signingDocuments } from "@/db/schema";
import {
  assessDeadline,
  bundleInForce,
  type Coverage,
  type CoverageAt,
  coverageAt,
  type DeadlineAssessment,
  deadlinesAt,
  trustedCoverage,
} from "@/lib/domain/coverage";
import type { BundleAssessment } from "@/lib/domain/trust";
import type { Instant } from "@/lib/time";
import {
  type CoverageCeremony,
  loadLastSigningPlace,
  loadSigningCeremonies,
  type SigningPlace,
} from "./signing-ceremonies";
import { loadTrustAnchors, type StoredTrustAnchor } from "./trust-anchors";

export type { CoverageCeremony, SigningPlace } from "./signing-ceremonies";

export interface CoverageSettings {
  processingMarginDays: number;
  alertDays: number[];
  widenDays: number;
  /** What the settings form sends back, so a concurrent save is caught. */
  version: number;
}

/** An SKR on file with its bundles, reduced to what coverage and the timeline draw. */
export interface SkrOnFile {
  id: string;
  /** Null for Knot DNS text, which has no id or serial. */
  documentId: string | null;
  serial: number | null;
  fileName: string;
  domain: string;
  bundles: StoredBundle[];
  /** Per bundle, in order: whether it counts toward coverage, and why not. */
  assessments: BundleAssessment[];
}

export interface CoverageState {
  now: Instant;
  settings: CoverageSettings;
  skrs: SkrOnFile[];
  /** Coverage from the bundles that count: verified, and signed by a configured trust anchor. */
  coverage: Coverage | null;
  /** Bundles on file that do not count, by reason; empty when every bundle counts. */
  leftOut: { reason: string; bundles: number }[];
  /** The configured anchors coverage was counted against. */
  trustAnchors: StoredTrustAnchor[];
  at: CoverageAt;
  /**
   * The deadlines that matter now: those of the run containing now if covered, of the first run if none
   * has started, else of the run that ended last (both then in the past). Null with no SKR on file.
   */
  nextNeededBy: Instant | null;
  coverageEnd: Instant | null;
  inForce: { skr: SkrOnFile; bundle: StoredBundle } | null;
  ceremonies: CoverageCeremony[];
  /** Facility and template of the latest key signing held (or under way), to plan the next one alike. */
  lastSigningPlace: SigningPlace | null;
  deadline: DeadlineAssessment;
}

export async function loadCoverageSettings(db: Queryable): Promise<CoverageSettings> {
  const [row] = await db.select().from(coverageSettings).where(eq(coverageSettings.id, 1));
  if (!row) throw new Error("coverage_settings row is missing (migration 0003 inserts it)");
  return {
    processingMarginDays: row.processingMarginDays,
    alertDays: row.alertDays,
    widenDays: row.widenDays,
    version: row.version,
  };
}

async function loadSkrs(db: Queryable) {
  return db
    .select({
      id: signingDocuments.id,
      documentId: signingDocuments.documentId,
      serial: signingDocuments.serial,
      fileName: signingDocuments.fileName,
      domain: signingDocuments.domain,
      bundles: signingDocuments.bundles,
    })
    .from(signingDocuments)
    .where(eq(signingDocuments.type, "SKR"))
    .orderBy(asc(signingDocuments.firstInception), asc(signingDocuments.id));
}

/**
 * Everything the app knows about signature coverage at `now`: the SKRs on file, the coverage its trusted,
 * verified bundles give, the bundle in force, upcoming signing ceremonies and what threatens the next
 * deadline. Five queries, whatever the number of files or ceremonies. Pages, the API, metrics and the alert job all read this.
 */
export async function loadCoverageState(db: Queryable, now: Instant): Promise<CoverageState> {
  const [settings, rows, anchors, signing, lastSigningPlace] = await Promise.all([
    loadCoverageSettings(db),
    loadSkrs(db),
    loadTrustAnchors(db),
    loadSigningCeremonies(db),
    loadLastSigningPlace(db, now),
  ]);
  const trusted = trustedCoverage(rows, anchors);
  const skrs: SkrOnFile[] = rows.map((row, i) => ({ ...row, assessments: trusted.assessments[i] ?? [] }));
  const { coverage } = trusted;
  const inForce = bundleInForce(trusted.counted, now);
  const at = coverageAt(coverage, now);
  const { nextNeededBy, coverageEnd } = deadlinesAt(coverage, at, now);
  return {
    now,
    settings,
    skrs,
    coverage,
    leftOut: trusted.leftOut,
    trustAnchors: anchors,
    at,
    nextNeededBy,
    coverageEnd,
    inForce: inForce && { skr: skrs[rows.indexOf(inForce.skr)] as SkrOnFile, bundle: inForce.bundle },
    ceremonies: signing,
    lastSigningPlace,
    deadline: assessDeadline({
      nextNeededBy,
      processingMarginDays: settings.processingMarginDays,
      ceremonies: signing,
      now,
    }),
  };
}
