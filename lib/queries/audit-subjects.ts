import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import {
  apiTokens,
  ceremonies,
  ceremonyTemplates,
  contingencies,
  credentialSets,
  facilities,
  invitations,
  people,
  playbooks,
  signingDocuments,
  travelRestrictions,
} from "@/db/schema";
import { subjectKey } from "@/lib/domain/audit/subject-nouns";

/** A subject's name, and the subject whose page shows it (an invitation's is its ceremony). */
export interface SubjectName {
  name: string;
  linkTo: { type: string; id: string };
}

type Row = { id: string; name: string; linkType?: string; linkId?: string };
type Source = (db: Queryable, ids: string[]) => Promise<Row[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The rows of `table` with those ids, named by one of its columns. */
const named =
  (table: PgTable, id: AnyPgColumn, name: AnyPgColumn): Source =>
  async (db, ids) =>
    (await db.select({ id, name }).from(table).where(inArray(id, ids))) as Row[];

const SOURCES: Record<string, Source> = {
  person: named(people, people.id, people.name),
  ceremony: named(ceremonies, ceremonies.id, ceremonies.label),
  facility: named(facilities, facilities.id, facilities.name),
  credential_set: named(credentialSets, credentialSets.id, credentialSets.name),
  signing_document: named(signingDocuments, signingDocuments.id, signingDocuments.fileName),
  playbook: named(playbooks, playbooks.id, playbooks.name),
  ceremony_template: named(ceremonyTemplates, ceremonyTemplates.id, ceremonyTemplates.name),
  api_token: named(apiTokens, apiTokens.id, apiTokens.name),
  contingency: async (db, ids) =>
    (
      await db
        .select({ id: contingencies.id, playbook: contingencies.playbookName, reason: contingencies.reason })
        .from(contingencies)
        .where(inArray(contingencies.id, ids))
    ).map((r) => ({ id: r.id, name: `${r.playbook}: ${r.reason}` })),
  travel_restriction: async (db, ids) =>
    (
      await db
        .select({
          id: travelRestrictions.id,
          from: travelRestrictions.fromCountry,
          to: travelRestrictions.toCountry,
        })
        .from(travelRestrictions)
        .where(inArray(travelRestrictions.id, ids))
    ).map((r) => ({ id: r.id, name: `${r.from} → ${r.to}` })),
  invitation: async (db, ids) =>
    (
      await db
        .select({
          id: invitations.id,
          person: people.name,
          ceremony: ceremonies.label,
          ceremonyId: ceremonies.id,
        })
        .from(invitations)
        .innerJoin(people, eq(people.id, invitations.personId))
        .innerJoin(ceremonies, eq(ceremonies.id, invitations.ceremonyId))
        .where(inArray(invitations.id, ids))
    ).map((r) => ({
      id: r.id,
      name: `${r.person} for ${r.ceremony}`,
      linkType: "ceremony",
      linkId: r.ceremonyId,
    })),
};

/**
 * The names of the subjects and of the acting people of a page of events, keyed by `subjectKey` (actors
 * as `person`): one statement per kind of subject present, whatever the page's length. A subject since
 * deleted, or of a kind without a name, is simply absent.
 */
export async function auditSubjectNames(
  db: Queryable,
  events: readonly { actorId: string | null; subjectType: string; subjectId: string | null }[],
): Promise<Map<string, SubjectName>> {
  const wanted = new Map<string, { source: Source; ids: Set<string> }>();
  const want = (type: string, id: string | null) => {
    const source = SOURCES[type];
    if (!id || !source || !UUID.test(id)) return;
    const entry = wanted.get(type) ?? { source, ids: new Set<string>() };
    wanted.set(type, entry);
    entry.ids.add(id);
  };
  for (const e of events) {
    want(e.subjectType, e.subjectId);
    want("person", e.actorId);
  }
  const found = await Promise.all(
    [...wanted].map(async ([type, { source, ids }]) => ({ type, rows: await source(db, [...ids]) })),
  );
  const names = new Map<string, SubjectName>();
  for (const { type, rows } of found)
    for (const r of rows)
      names.set(subjectKey(type, r.id), {
        name: r.name,
        linkTo: { type: r.linkType ?? type, id: r.linkId ?? r.id },
      });
  return names;
}
