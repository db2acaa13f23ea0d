import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { listMailbox, mailboxAllowed } from "@/lib/queries/mailbox";
import { getRuntime } from "@/lib/runtime";

/** The development mailbox list, optionally for one recipient; a 404 where the mailbox is not allowed. */
export async function loadMailboxPage(searchParams: Promise<Record<string, string>>) {
  if (!mailboxAllowed(await headers())) notFound();
  const { to } = await searchParams;
  const { db } = await getRuntime();
  const messages = await listMailbox(db, to);
  return { to, messages };
}
