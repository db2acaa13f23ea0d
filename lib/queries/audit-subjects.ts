import "server-only";
import { eq, inArray } from "drizzle-orm";
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

/** A subject's name, and the subject whose page shows it (an invitation's is its ceremony). */
export interface SubjectName {
  name: string;
  linkTo: { type: string; id: string };
}

type Row = { id: string; name: string; linkType?: string; linkId?: string };
type Source = (db: Queryable, ids: string[]) => Promise<Row[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SOURCES: Record<string, Source> = {
  person: (db, ids) =>
    db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)),
  ceremony: (db, ids) =>
    db
      .select({ id: ceremonies.id, name: ceremonies.label })
      .from(ceremonies)
      .where(inArray(ceremonies.id, ids)),
  facility: (db, ids) =>
    db
      .select({ id: facilities.id, name: facilities.name })
      .from(facilities)
      .where(inArray(facilities.id, ids)),
  credential_set: (db, ids) =>
    db
      .select({ id: credentialSets.id, name: credentialSets.name })
      .from(credentialSets)
      .where(inArray(credentialSets.id, ids)),
  signing_document: (db, ids) =>
    db
      .select({ id: signingDocuments.id, name: signingDocuments.fileName })
      .from(signingDocuments)
      .where(inArray(signingDocuments.id, ids)),
  playbook: (db, ids) =>
    db.select({ id: playbooks.id, name: playbooks.name }).from(playbooks).where(inArray(playbooks.id, ids)),
  ceremony_template: (db, ids) =>
    db
      .select({ id: ceremonyTemplates.id, name: ceremonyTemplates.name })
      .from(ceremonyTemplates)
      .where(inArray(ceremonyTemplates.id, ids)),
  api_token: (db, ids) =>
    db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, ids)),
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

export const subjectKey = (type: string, id: string) => `${type}:${id}`;

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
