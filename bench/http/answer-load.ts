import type { Request as LoadRequest } from "autocannon";

/** The first few failed answers, printed after the table so a failing row says why. */
export const answerFailures: string[] = [];

/**
 * The TCRs' answers to the app: they alternate per invitation, and each connection works on one
 * invitation at a time, tracking its version across every run of the benchmark.
 */
export function answerRequests(tcrs: { token: string; invitationId: string }[]): LoadRequest[] {
  const state = tcrs.map(() => ({ version: 1, busy: false }));
  let next = 0;
  return [
    {
      method: "POST",
      setupRequest(request: LoadRequest, context: Record<string, unknown>) {
        let i = next;
        for (let tries = 0; tries < tcrs.length && state[i]?.busy; tries++) i = (i + 1) % tcrs.length;
        next = (i + 1) % tcrs.length;
        const s = state[i] as { version: number; busy: boolean };
        const t = tcrs[i] as { token: string; invitationId: string };
        s.busy = true;
        context.index = i;
        return {
          ...request,
          path: `/api/invitations/${t.invitationId}/response`,
          headers: { "content-type": "application/json", cookie: `authjs.session-token=${t.token}` },
          body: JSON.stringify({ response: s.version % 2 ? "if_need_be" : "attending", version: s.version }),
        };
      },
      onResponse(status: number, body: string, context: Record<string, unknown>) {
        const s = state[context.index as number] as { version: number; busy: boolean };
        if (status === 200) s.version = (JSON.parse(body) as { version: number }).version;
        else if (answerFailures.length < 3) answerFailures.push(`${status} ${body.slice(0, 200)}`);
        s.busy = false;
      },
    },
  ];
}

/** The bare baseline's updates, on invitations of their own so the app's tracked versions stay true. */
export function baselineAnswerRequests(invitationIds: string[]): LoadRequest[] {
  let next = 0;
  return [
    {
      method: "POST",
      setupRequest: (request: LoadRequest) => ({
        ...request,
        path: `/response/${invitationIds[next++ % invitationIds.length]}`,
        body: JSON.stringify({ response: "attending" }),
      }),
    },
  ];
}
