"use client";

import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { ActionForm } from "@/app/components/manage/action-form";
import { BoundForm } from "@/app/components/manage/bound-form";
import { useFieldError } from "@/app/components/manage/form-context";
import { SubmitButton } from "@/app/components/manage/submit-button";
import { useFormAction } from "@/app/components/manage/use-form-action";
import { createFeedAction, revokeFeedAction, timeZoneAction } from "../actions";

export function TimeZoneForm({ timeZone, zones }: { timeZone: string; zones: string[] }) {
  return (
    <ActionForm id="time-zone" action={timeZoneAction}>
      <TimeZoneField timeZone={timeZone} zones={zones} />
      <SubmitButton label="Save time zone" />
    </ActionForm>
  );
}

function TimeZoneField({ timeZone, zones }: { timeZone: string; zones: string[] }) {
  const error = useFieldError("timeZone");
  return (
    <Field name="timeZone" label="My time zone" error={error}>
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
  );
}

/** Create (or replace) and revoke share one answer above both buttons: the new address, shown once. */
export function FeedForms({ hasFeed, origin }: { hasFeed: boolean; origin: string }) {
  const feed = useFormAction();
  const { state } = feed;
  return (
    <div>
      {state.status === "ok" && state.secret ? (
        <p className="notice ok">
          {state.message} <code data-testid="feed-url">{`${origin}${state.secret}`}</code>
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <BoundForm
        id="create-feed"
        binding={feed}
        action={createFeedAction}
        submit={hasFeed ? "Replace my feed address" : "Create my feed address"}
        inline
      />{" "}
      {hasFeed ? (
        <BoundForm
          id="revoke-feed"
          binding={feed}
          action={revokeFeedAction}
          submit="Revoke"
          secondary
          inline
        />
      ) : null}
    </div>
  );
}
