import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { ceremonyKsrs, ksrVerifications, people, signingDocuments } from "@/db/schema";
import { pgpWords } from "@/lib/domain/ksr";
import { formatInZone } from "@/lib/time/format";

export interface CeremonyKsr {
  linked: {
    documentId: string;
    ksrId: string | null;
    serial: number | null;
    fileName: string;
    sha256: string;
    pgpWords: string[];
    errorCount: number;
    firstInception: Date;
    lastExpiration: Date;
    linkedAt: Date;
    linkedBy: string;
  } | null;
  /** Confirmations of the linked KSR's hash (not of a KSR it replaced), oldest first. */
  verifications: {
    id: string;
    confirmedBy: string;
    channel: string;
    confirmedAt: Date;
    note: string | null;
    recordedBy: string;
  }[];
  /** KSRs on file a coordinator may link, newest first. */
  choices: { id: string; label: string }[];
}

const linker = alias(people, "linker");

/** The KSR a ceremony will sign, with its hash as words and who verified it: three queries, in one wave. */
export async function ceremonyKsr(db: Queryable, ceremonyId: string): Promise<CeremonyKsr> {
  // The verifications of the linked document, found by subquery so they load beside the link itself.
  const linkedDocument = db
    .select({ id: ceremonyKsrs.documentId })
    .from(ceremonyKsrs)
    .where(eq(ceremonyKsrs.ceremonyId, ceremonyId));
  const [[link], verifications, choices] = await Promise.all([
    db
      .select({
        documentId: signingDocuments.id,
        ksrId: signingDocuments.documentId,
        serial: signingDocuments.serial,
        fileName: signingDocuments.fileName,
        sha256: signingDocuments.sha256,
        errorCount: signingDocuments.errorCount,
        firstInception: signingDocuments.firstInception,
        lastExpiration: signingDocuments.lastExpiration,
        linkedAt: ceremonyKsrs.linkedAt,
        linkedBy: linker.name,
      })
      .from(ceremonyKsrs)
      .innerJoin(signingDocuments, eq(signingDocuments.id, ceremonyKsrs.documentId))
      .innerJoin(linker, eq(linker.id, ceremonyKsrs.linkedBy))
      .where(eq(ceremonyKsrs.ceremonyId, ceremonyId)),
    db
      .select({
        id: ksrVerifications.id,
        confirmedBy: ksrVerifications.confirmedBy,
        channel: ksrVerifications.channel,
        confirmedAt: ksrVerifications.confirmedAt,
        note: ksrVerifications.note,
        recordedBy: people.name,
      })
      .from(ksrVerifications)
      .innerJoin(people, eq(people.id, ksrVerifications.recordedBy))
      .where(
        and(
          eq(ksrVerifications.ceremonyId, ceremonyId),
          inArray(ksrVerifications.documentId, linkedDocument),
        ),
      )
      .orderBy(asc(ksrVerifications.confirmedAt)),
    db
      .select({
        id: signingDocuments.id,
        ksrId: signingDocuments.documentId,
        serial: signingDocuments.serial,
        fileName: signingDocuments.fileName,
        sha256: signingDocuments.sha256,
        firstInception: signingDocuments.firstInception,
        lastExpiration: signingDocuments.lastExpiration,
        errorCount: signingDocuments.errorCount,
        warningCount: signingDocuments.warningCount,
      })
      .from(signingDocuments)
      .where(eq(signingDocuments.type, "KSR"))
      .orderBy(desc(signingDocuments.uploadedAt)),
  ]);
  return {
    linked: link ? { ...link, pgpWords: pgpWords(Buffer.from(link.sha256, "hex")) } : null,
    verifications,
    choices: choices.map((c) => ({ id: c.id, label: choiceLabel(c) })),
  };
}

const utcDay = (at: Date) => formatInZone(at, "UTC", "yyyy-MM-dd");

/** Tells apart KSRs that share an id and serial: file, period, serial, hash prefix and findings. */
function choiceLabel(c: {
  ksrId: string | null;
  serial: number | null;
  fileName: string;
  sha256: string;
  firstInception: Date;
  lastExpiration: Date;
  errorCount: number;
  warningCount: number;
}) {
  const findings =
    c.errorCount > 0
      ? `${c.errorCount} error${c.errorCount === 1 ? "" : "s"}: cannot be signed`
      : c.warningCount > 0
        ? `${c.warningCount} warning${c.warningCount === 1 ? "" : "s"}`
        : "no findings";
  return `${c.fileName} · ${utcDay(c.firstInception)} → ${utcDay(c.lastExpiration)} · ${c.serial === null ? "Knot DNS text" : `serial ${c.serial}`} · SHA-256 ${c.sha256.slice(0, 8)}… · ${findings}`;
}
