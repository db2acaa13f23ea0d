import "server-only";
import { inboxItems } from "@/db/schema";
import { publicOrigin } from "@/lib/http/app-url";
import { subjectOf } from "@/lib/mail/render";
import type { Channel } from "./notify";

/** The app-relative path of a link into the app ("/ceremonies/…#poll"), or null for anything else. */
export function pathInApp(link: unknown): string | null {
  if (typeof link !== "string") return null;
  try {
    const url = new URL(link);
    return url.origin === publicOrigin().origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** In the app: one inbox row per recipient, titled as the mail is, linking to what it is about. */
export const inboxChannel: Channel = {
  name: "inbox",
  async enqueue(tx, _boss, delivery) {
    const rows = await tx
      .insert(inboxItems)
      .values({
        personId: delivery.recipient.personId,
        event: delivery.event,
        deliveryKey: `${delivery.key}:${delivery.recipient.personId}`,
        title: subjectOf(delivery.template, delivery.props),
        path: pathInApp((delivery.props as { url?: unknown }).url),
      })
      .onConflictDoNothing({ target: inboxItems.deliveryKey })
      .returning({ id: inboxItems.id });
    return rows.length > 0;
  },
};
