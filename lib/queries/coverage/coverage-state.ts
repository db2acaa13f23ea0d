import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, coverageSettings, facilities, type StoredBundle, signingDocuments } from "@/db/schema";
import {
  assessDeadline,
  bundleInForce,
  type Coverage,
  type CoverageAt,
  computeCoverage,
  coverageAt,
  type DeadlineAssessment,
  type SigningCeremony,
} from "@/lib/domain/coverage";
import { type Instant, instantOfLocal } from "@/lib/time";
import { formatInZone } from "@/lib/time/format";

export interface CoverageSettings {
  processingMarginDays: number;
  alertDays: number[];
  widenDays: number;
}

/** An SKR on file with its bundles, reduced to what coverage and the timeline draw. */
export interface SkrOnFile {
  id: string;
  documentId: string;
  serial: number;
  fileName: string;
  bundles: StoredBundle[];
}

export interface CoverageCeremony extends SigningCeremony {
  facilityCode: string;
  timeZone: string;
}

export interface CoverageState {
  now: Instant;
  settings: CoverageSettings;
  skrs: SkrOnFile[];
  coverage: Coverage | null;
  at: CoverageAt;
  /** The deadline that matters now: the running one if covered, else the first run's, else now. */
  nextNeededBy: Instant | null;
  coverageEnd: Instant | null;
  inForce: { skr: SkrOnFile; bundle: StoredBundle } | null;
  ceremonies: CoverageCeremony[];
  deadline: DeadlineAssessment;
}

const OPEN_STATUSES = ["proposed", "scheduled", "confirmed"] as const;

export async function loadCoverageSettings(db: Queryable): Promise<CoverageSettings> {
  const [row] = await db.select().from(coverageSettings).where(eq(coverageSettings.id, 1));
  if (!row) throw new Error("coverage_settings row is missing (migration 0003 inserts it)");
  return {
    processingMarginDays: row.processingMarginDays,
    alertDays: row.alertDays,
    widenDays: row.widenDays,
  };
}

async function loadSkrs(db: Queryable): Promise<SkrOnFile[]> {
  return db
    .select({
      id: signingDocuments.id,
      documentId: signingDocuments.documentId,
      serial: signingDocuments.serial,
      fileName: signingDocuments.fileName,
      bundles: signingDocuments.bundles,
    })
    .from(signingDocuments)
    .where(eq(signingDocuments.type, "SKR"))
    .orderBy(asc(signingDocuments.firstInception));
}

/** Key signing ceremonies still to happen (any date), with the verdict last computed for each. */
async function loadSigningCeremonies(db: Queryable): Promise<CoverageCeremony[]> {
  const rows = await db
    .select({
      id: ceremonies.id,
      label: ceremonies.label,
      startsAt: ceremonies.startsAt,
      timeZone: ceremonies.timeZone,
      standbyDate: ceremonies.standbyDate,
      verdict: ceremonies.lastVerdict,
      facilityCode: facilities.code,
    })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(eq(ceremonies.kind, "key_signing"), inArray(ceremonies.status, [...OPEN_STATUSES])))
    .orderBy(asc(ceremonies.startsAt));
  return rows.map((row) => {
    const startsAt = row.startsAt.getTime();
    const localTime = formatInZone(startsAt, row.timeZone, "HH:mm");
    return {
      id: row.id,
      label: row.label,
      startsAt,
      standbyAt: row.standbyDate ? instantOfLocal(row.standbyDate, localTime, row.timeZone) : null,
      verdict: row.verdict,
      facilityCode: row.facilityCode,
      timeZone: row.timeZone,
    };
  });
}

/**
 * Everything the app knows about signature coverage at `now`: the SKRs on file, the computed coverage,
 * the bundle in force, upcoming signing ceremonies and what threatens the next deadline. Three queries,
 * whatever the number of files or ceremonies. Pages, the API, metrics and the alert job all read this.
 */
export async function loadCoverageState(db: Queryable, now: Instant): Promise<CoverageState> {
  const [settings, skrs, signing] = await Promise.all([
    loadCoverageSettings(db),
    loadSkrs(db),
    loadSigningCeremonies(db),
  ]);
  const windows = skrs.flatMap((skr) => skr.bundles);
  const coverage = computeCoverage(windows);
  const at = coverageAt(coverage, now);
  const { nextNeededBy, coverageEnd } = currentDeadlines(coverage, at, now);
  return {
    now,
    settings,
    skrs,
    coverage,
    at,
    nextNeededBy,
    coverageEnd,
    inForce: bundleInForceOnFile(skrs, now),
    ceremonies: signing,
    deadline: assessDeadline({
      nextNeededBy,
      processingMarginDays: settings.processingMarginDays,
      ceremonies: signing,
      now,
    }),
  };
}

function currentDeadlines(coverage: Coverage | null, at: CoverageAt, now: Instant) {
  if (!coverage) return { nextNeededBy: null, coverageEnd: null };
  if (at.state === "covered") return { nextNeededBy: at.nextNeededBy, coverageEnd: at.coveredUntil };
  if (at.state === "not_yet_started") {
    return { nextNeededBy: coverage.nextNeededBy, coverageEnd: coverage.coverageEnd };
  }
  // In a gap or past the end: nothing is signed now, so both deadlines have already passed.
  return { nextNeededBy: Math.min(now, coverage.nextNeededBy), coverageEnd: now };
}

function bundleInForceOnFile(skrs: readonly SkrOnFile[], at: Instant) {
  const found = bundleInForce(
    skrs.flatMap((skr) => skr.bundles.map((bundle) => ({ ...bundle, skr, bundle }))),
    at,
  );
  return found ? { skr: found.skr, bundle: found.bundle } : null;
}
