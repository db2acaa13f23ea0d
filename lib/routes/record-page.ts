import "server-only";
import { notFound } from "next/navigation";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { requireAccess } from "@/lib/auth/guard";
import type { PolicyAction } from "@/lib/auth/policy";
import { getRuntime } from "@/lib/runtime";

/**
 * The record behind a `/<segment>/[id]` page, for its loader: the policy check for `action` (a refusal
 * returns to `path` after sign-in), then `read`; a record that does not exist is a 404.
 */
export async function loadRecordPage<T>(
  params: Promise<{ id: string }>,
  action: PolicyAction,
  path: (id: string) => string,
  read: (db: Db, id: string) => Promise<T | null | undefined>,
): Promise<{ id: string; actor: Actor; db: Db; record: T }> {
  const { id } = await params;
  const actor = await requireAccess(action, path(id));
  const { db } = await getRuntime();
  const record = await read(db, id);
  if (record === null || record === undefined) notFound();
  return { id, actor, db, record };
}
