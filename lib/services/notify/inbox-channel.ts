import "server-only";
import { inboxItems } from "@/db/schema";
import { publicOrigin } from "@/lib/http/app-url";
import { subjectOf } from "@/lib/mail/render";
import { type Channel, deliveryKey } from "./notify";

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

/** An inbox row binds five parameters; PostgreSQL takes at most 65,535 a statement. */
const ROWS_PER_STATEMENT = 12_000;

/** In the app: one inbox row per recipient, titled as the mail is, linking to what it is about. */
export const inboxChannel: Channel = {
  name: "inbox",
  async enqueue(tx, _boss, deliveries) {
    const filed = new Set<string>();
    for (let first = 0; first < deliveries.length; first += ROWS_PER_STATEMENT) {
      const rows = await tx
        .insert(inboxItems)
        .values(
          deliveries.slice(first, first + ROWS_PER_STATEMENT).map((delivery) => ({
            personId: delivery.recipient.personId,
            event: delivery.event,
            deliveryKey: deliveryKey(delivery),
            title: subjectOf(delivery.template, delivery.props),
            path: pathInApp((delivery.props as { url?: unknown }).url),
          })),
        )
        .onConflictDoNothing({ target: inboxItems.deliveryKey })
        .returning({ deliveryKey: inboxItems.deliveryKey });
      for (const row of rows) filed.add(row.deliveryKey);
    }
    return filed;
  },
};
