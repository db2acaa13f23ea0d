"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { addUnavailability } from "@/lib/services/attendance/add-unavailability";
import { createCalendarFeed } from "@/lib/services/attendance/create-calendar-feed";
import { removeUnavailability } from "@/lib/services/attendance/remove-unavailability";
import { respondToInvitation } from "@/lib/services/attendance/respond";
import { revokeCalendarFeeds } from "@/lib/services/attendance/revoke-calendar-feeds";
import { setMyTimeZone } from "@/lib/services/attendance/set-my-time-zone";
import { markPoll } from "@/lib/services/polls/mark-poll";
import { formObject } from "@/lib/validation/parse-input";
import { marksFromForm } from "@/lib/validation/poll";

// A person changes only their own records: the services take the person from the session, never the form.

export async function respondAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("invitation.respond", async ({ actor, db, boss, now }) => {
    const result = await respondToInvitation(db, boss, actor, formObject(form), now);
    revalidatePath("/me", "layout");
    return {
      status: "ok",
      message: result.changed ? "Thank you: your answer is saved." : "Your answer was already saved.",
    };
  });
}

export async function addWindowAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("availability.manage_own", async ({ actor, db, boss, now }) => {
    await addUnavailability(db, boss, actor, formObject(form), now);
    revalidatePath("/me/availability");
    return { status: "ok", message: "Saved. Coordinators see it at once." };
  });
}

export async function removeWindowAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("availability.manage_own", async ({ actor, db, boss, now }) => {
    await removeUnavailability(db, boss, actor, formObject(form), now);
    revalidatePath("/me/availability");
    return { status: "ok", message: "Removed." };
  });
}

export async function timeZoneAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("calendar.subscribe", async ({ actor, db, now }) => {
    await setMyTimeZone(db, actor, formObject(form), now);
    revalidatePath("/", "layout");
    return { status: "ok", message: "Time zone saved." };
  });
}

export async function createFeedAction(_: FormState): Promise<FormState> {
  return managed("calendar.subscribe", async ({ actor, db, now }) => {
    const token = await createCalendarFeed(db, actor, now);
    revalidatePath("/me/settings");
    return {
      status: "ok",
      message: "Your feed address (shown once; keep it private):",
      secret: `/api/calendar/${token}.ics`,
    };
  });
}

export async function revokeFeedAction(_: FormState): Promise<FormState> {
  return managed("calendar.subscribe", async ({ actor, db, now }) => {
    await revokeCalendarFeeds(db, actor, now);
    revalidatePath("/me/settings");
    return { status: "ok", message: "Feed revoked: calendars using it stop updating." };
  });
}

export async function markPollAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("invitation.respond", async ({ actor, db, now }) => {
    await markPoll(db, actor, marksFromForm(formObject(form)), now);
    revalidatePath("/me", "layout");
    return {
      status: "ok",
      message: "Thank you: your marks are saved. You can change them until the date is chosen.",
    };
  });
}
