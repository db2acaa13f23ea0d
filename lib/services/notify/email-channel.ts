import "server-only";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import { writeOutbox } from "@/lib/services/mail/outbox";
import type { Channel } from "./notify";

/** Email: an outbox row per recipient and a delivery job; the worker renders the template and sends it. */
export const emailChannel: Channel = {
  name: "email",
  async enqueue(tx, boss, delivery) {
    const id = await writeOutbox(tx, {
      event: delivery.event,
      template: delivery.template,
      to: delivery.recipient.email,
      props: delivery.props,
      idempotencyKey: `${delivery.key}:${delivery.recipient.personId}`,
      attachments: delivery.attachments,
    });
    if (id) await enqueueInTransaction(boss, tx, QUEUES.mail, { messageId: id }, { singletonKey: id });
    return id !== null;
  },
};
