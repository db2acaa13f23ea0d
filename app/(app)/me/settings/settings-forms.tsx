"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { createFeedAction, revokeFeedAction, timeZoneAction } from "../actions";

export function TimeZoneForm({ timeZone, zones }: { timeZone: string; zones: string[] }) {
  const [state, action, pending] = useActionState(timeZoneAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  return (
    <form action={action}>
      <FormMessage state={state} />
      <Field name="timeZone" label="My time zone" error={fields.timeZone}>
        {(p) => (
          <select {...p} defaultValue={timeZone}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending}>
        Save time zone
      </button>
    </form>
  );
}

export function FeedForms({ hasFeed, origin }: { hasFeed: boolean; origin: string }) {
  const [created, create, creating] = useActionState(createFeedAction, IDLE);
  const [revoked, revoke, revoking] = useActionState(revokeFeedAction, IDLE);
  return (
    <div>
      {created.status === "ok" ? (
        <p className="notice ok">
          Your feed address (shown once; keep it private):{" "}
          <code data-testid="feed-url">{`${origin}${created.message}`}</code>
        </p>
      ) : (
        <FormMessage state={created} />
      )}
      <FormMessage state={revoked} />
      <form action={create} style={{ display: "inline" }}>
        <button type="submit" disabled={creating}>
          {hasFeed ? "Replace my feed address" : "Create my feed address"}
        </button>
      </form>{" "}
      {hasFeed ? (
        <form action={revoke} style={{ display: "inline" }}>
          <button type="submit" className="secondary" disabled={revoking}>
            Revoke
          </button>
        </form>
      ) : null}
    </div>
  );
}
