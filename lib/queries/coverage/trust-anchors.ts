import "server-only";
import { asc } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { trustAnchors } from "@/db/schema";
import type { TrustAnchor } from "@/lib/domain/trust";

/** A configured anchor as the coverage page lists it. */
export interface StoredTrustAnchor extends TrustAnchor {
  id: string;
  source: string;
  addedAt: number;
}

/** Every configured trust anchor, oldest first. An empty list means no signature counts. */
export async function loadTrustAnchors(db: Queryable): Promise<StoredTrustAnchor[]> {
  const rows = await db
    .select()
    .from(trustAnchors)
    .orderBy(asc(trustAnchors.addedAt), asc(trustAnchors.keyTag));
  return rows.map((row) => ({
    id: row.id,
    owner: row.owner,
    keyTag: row.keyTag,
    algorithm: row.algorithm,
    digestType: row.digestType,
    digest: row.digest,
    flags: row.flags,
    publicKey: row.publicKey,
    validFrom: row.validFrom?.getTime() ?? null,
    validUntil: row.validUntil?.getTime() ?? null,
    source: row.source,
    addedAt: row.addedAt.getTime(),
  }));
}
