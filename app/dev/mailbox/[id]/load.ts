import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getMailboxMessage, mailboxAllowed } from "@/lib/queries/mailbox";
import { getRuntime } from "@/lib/runtime";
import { messageForRecipient } from "@/lib/services/mail/deliver-email";

/**
 * One message of the development mailbox and its text and HTML as the recipient would read them; a 404
 * where the mailbox is not allowed, the id is not a UUID or there is no such message.
 */
export async function loadMailboxMessagePage(params: Promise<{ id: string }>) {
  if (!mailboxAllowed(await headers())) notFound();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const { db } = await getRuntime();
  const message = await getMailboxMessage(db, id.data);
  if (!message) notFound();
  // The development mailbox is the delivery when no provider is set: it opens sealed links here, on
  // this machine only.
  const content = await messageForRecipient(message);
  return { message, content };
}
