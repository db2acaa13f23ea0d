"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { currentSession } from "@/lib/auth/guard";
import { createCeremony } from "@/lib/services/ceremonies/create-ceremony";
import { invitePeople } from "@/lib/services/ceremonies/invite-people";
import { remindUnanswered } from "@/lib/services/ceremonies/remind-unanswered";
import { rescheduleCeremony } from "@/lib/services/ceremonies/reschedule-ceremony";
import { setRequirements } from "@/lib/services/ceremonies/set-requirements";
import { transitionCeremony } from "@/lib/services/ceremonies/transition-ceremony";
import { updateCeremony } from "@/lib/services/ceremonies/update-ceremony";
import { linkKsr } from "@/lib/services/ksr-link/link-ksr";
import { recordKsrVerification } from "@/lib/services/ksr-link/record-verification";
import { choosePollDate, withdrawPoll } from "@/lib/services/polls/decide-poll";
import { openPoll } from "@/lib/services/polls/open-poll";
import { formObject } from "@/lib/validation/parse-input";

export async function createCeremonyAction(_: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state: FormState = await managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    id = (await createCeremony(db, boss, actor, formObject(form), now)).id;
    return { status: "ok" as const, message: "Ceremony planned." };
  });
  if (state.status === "ok") redirect(`/ceremonies/${id}`);
  return state;
}

export async function updateCeremonyAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const row = await updateCeremony(db, boss, actor, formObject(form), now);
    revalidatePath(`/ceremonies/${row.id}`);
    return {
      status: "ok" as const,
      message: "Saved. Invitees are told of any change to date, time or place.",
    };
  });
}

export async function transitionCeremonyAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const row = await transitionCeremony(db, boss, actor, formObject(form), now);
    revalidatePath(`/ceremonies/${row.id}`);
    return { status: "ok" as const, message: `The ceremony is now ${row.status}.` };
  });
}

export async function inviteAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const raw = formObject(form);
    const personIds = raw.personIds === undefined ? [] : ([] as string[]).concat(raw.personIds);
    const result = await invitePeople(db, boss, actor, { id: raw.id, personIds }, now);
    revalidatePath(`/ceremonies/${raw.id}`);
    return {
      status: "ok",
      message: `${result.invited} invited${result.alreadyInvited ? `, ${result.alreadyInvited} already were` : ""}.`,
    };
  });
}

export async function remindAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const raw = formObject(form);
    const { reminded } = await remindUnanswered(db, boss, actor, raw, now);
    revalidatePath(`/ceremonies/${raw.id}`);
    return { status: "ok", message: `Reminder sent to ${reminded} ${reminded === 1 ? "person" : "people"}.` };
  });
}

export async function requirementsAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const raw = formObject(form);
    const list = (name: string) => ([] as string[]).concat(raw[name] ?? []);
    const roles = list("role");
    const requirements = roles
      .map((role, i) => ({
        role,
        credentialSetId: list("credentialSetId")[i] ?? "",
        min: list("min")[i] ?? "",
      }))
      .filter((r) => r.role !== "");
    await setRequirements(db, boss, actor, { id: raw.id, version: raw.version, requirements }, now);
    revalidatePath(`/ceremonies/${raw.id}`);
    return { status: "ok" as const, message: "Requirements saved." };
  });
}

export async function rescheduleAction(_: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state: FormState = await managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const raw = formObject(form);
    const row = await rescheduleCeremony(db, boss, actor, raw, now);
    id = row.id;
    return { status: "ok" as const, message: "Rescheduled." };
  });
  if (state.status === "ok") redirect(`/ceremonies/${id}`);
  return state;
}

export async function linkKsrAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.link_ksr", async ({ actor, db, now }) => {
    const raw = formObject(form);
    const { changed } = await linkKsr(db, actor, raw, now);
    revalidatePath(`/ceremonies/${raw.ceremonyId}`);
    return { status: "ok" as const, message: changed ? "KSR saved." : "Nothing changed." };
  });
}

export async function verifyKsrAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ksr.verify", async ({ actor, db, now }) => {
    const raw = formObject(form);
    const zone = (await currentSession())?.user.timeZone ?? "UTC";
    await recordKsrVerification(db, actor, zone, raw, now);
    revalidatePath(`/ceremonies/${raw.ceremonyId}`);
    return { status: "ok" as const, message: "Verification recorded." };
  });
}

export async function openPollAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const raw = formObject(form);
    await openPoll(db, boss, actor, raw, now);
    revalidatePath(`/ceremonies/${raw.ceremonyId}/poll`);
    return { status: "ok", message: "Poll opened: every invitee is asked to mark the dates." };
  });
}

export async function choosePollDateAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, boss, now }) => {
    const row = await choosePollDate(db, boss, actor, formObject(form), now);
    revalidatePath(`/ceremonies/${row.id}`, "layout");
    return { status: "ok", message: "Date set: every invitee is told, with the calendar entry." };
  });
}

export async function withdrawPollAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("ceremonies.manage", async ({ actor, db, now }) => {
    const raw = formObject(form);
    await withdrawPoll(db, actor, raw, now);
    revalidatePath(`/ceremonies/${raw.ceremonyId}/poll`);
    return { status: "ok", message: "Poll closed without a date." };
  });
}
