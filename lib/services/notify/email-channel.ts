import "server-only";
import { enqueueManyInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import { writeOutboxMany } from "@/lib/services/mail/outbox";
import { type Channel, deliveryKey } from "./notify";

/** Email: an outbox row per recipient and a delivery job each; the worker renders the template and sends it. */
export const emailChannel: Channel = {
  name: "email",
  async enqueue(tx, boss, deliveries) {
    const written = await writeOutboxMany(
      tx,
      deliveries.map((delivery) => ({
        event: delivery.event,
        template: delivery.template,
        to: delivery.recipient.email,
        props: delivery.props,
        idempotencyKey: deliveryKey(delivery),
        attachments: delivery.attachments,
      })),
    );
    await enqueueManyInTransaction(
      boss,
      tx,
      QUEUES.mail,
      written.map(({ id }) => ({ data: { messageId: id }, singletonKey: id })),
    );
    return new Set(written.map((row) => row.idempotencyKey));
  },
};
