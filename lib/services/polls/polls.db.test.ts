import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, datePolls, emailMessages, inboxItems, invitations } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { evaluateQuorum } from "@/lib/domain/quorum";
import type { AppError } from "@/lib/errors";
import { latestPoll, pollPage } from "@/lib/queries/planning/date-poll";
import { loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";
import { transitionCeremony } from "@/lib/services/ceremonies/transition-ceremony";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { addDaysToCivil, civilDateInZone, MS_PER_DAY } from "@/lib/time";
import { choosePollDate, withdrawPoll } from "./decide-poll";
import { markPoll } from "./mark-poll";
import { openPoll } from "./open-poll";

const actorOf = (person: { id: string; email: string }, roles: Actor["roles"]): Actor => ({
  id: person.id,
  label: person.email,
  roles,
  requestId: null,
  ip: null,
});
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe(`date polls on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordinator: Actor;
  const now = Date.parse("2026-05-01T09:00:00Z");
  const zone = "America/New_York";
  const day = (offset: number) => addDaysToCivil(civilDateInZone(now, zone), offset);
  const dates = [day(60), day(61), day(62)] as [string, string, string];
  const tcr = (index: number) => actorOf(f.people[index] ?? f.admin, ["crypto_officer"]);
  const admin = () => actorOf(f.admin, ["ceremony_administrator"]);
  /** The open-poll form: one row per date, each with its time. */
  const open = (raw: { date: string[]; time: string[] }, actor = coordinator) =>
    openPoll(
      runtime.db,
      runtime.boss,
      actor,
      {
        ceremonyId: f.ceremony.id,
        ...Object.fromEntries(raw.date.map((d, i) => [`date.${i}`, d])),
        ...Object.fromEntries(raw.time.map((t, i) => [`time.${i}`, t])),
      },
      now,
    );
  const poll = async () => {
    const record = await latestPoll(runtime.db, f.ceremony.id);
    if (!record) throw new Error("no poll");
    return record;
  };
  const mark = async (actor: Actor, marks: string[], version = 0, note = "") => {
    const { poll: row, options } = await poll();
    return markPoll(
      runtime.db,
      actor,
      { pollId: row.id, version, note, marks: Object.fromEntries(options.map((o, i) => [o.id, marks[i]])) },
      now,
    );
  };

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3, "poll");
    coordinator = actorOf(f.coordinator, ["coordinator"]);
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("refuses too few dates, past and repeated dates with the field named, and anyone but a coordinator", async () => {
    expect((await refusal(open({ date: [dates[0]], time: ["10:00"] })))?.fields.form).toBe(
      "Offer at least 2 dates.",
    );
    const typo = await refusal(open({ date: [dates[0], "2026-13-01"], time: ["10:00", "25:00"] }));
    expect(typo?.fields["date.1"]).toBe("Enter the date as YYYY-MM-DD.");
    expect(typo?.fields["time.1"]).toBe("Enter the start time as HH:MM (24-hour).");
    const bad = await refusal(
      open({ date: [day(-3), dates[0], dates[0]], time: ["10:00", "10:00", "10:00"] }),
    );
    expect(bad?.fields["date.0"]).toContain("in the past");
    expect(bad?.fields["date.2"]).toBe("This date and time is offered twice.");
    expect((await refusal(open({ date: dates, time: ["10:00"] }, tcr(0))))?.code).toBe("forbidden");
    expect(await latestPoll(runtime.db, f.ceremony.id)).toBeNull();
  });

  it("opens with three dates and asks every invitee by mail and inbox, once; a second open poll is refused", async () => {
    await open({ date: dates, time: ["10:00", "10:00", "14:30"] });
    const record = await poll();
    expect(record.options.map((o) => civilDateInZone(o.startsAt.getTime(), zone))).toEqual(dates);
    const mails = await runtime.db.select().from(emailMessages).where(eq(emailMessages.event, "poll.opened"));
    expect(mails.map((m) => m.to).sort()).toEqual([...f.people.map((p) => p.email), f.admin.email].sort());
    expect(mails[0]?.subject).toBe("POLL-KC1: which dates suit you?");
    const inbox = await runtime.db.select().from(inboxItems).where(eq(inboxItems.event, "poll.opened"));
    expect(inbox).toHaveLength(4);
    expect(inbox[0]?.path).toBe(`/me/ceremonies/${f.ceremony.id}#poll`);
    expect((await refusal(open({ date: [day(70), day(71)], time: ["10:00", "10:00"] })))?.code).toBe(
      "conflict",
    );
  });

  it("takes an invitee's marks for every date, refuses a missing date, a stale form and someone not invited", async () => {
    const partial = await refusal(mark(tcr(0), ["yes", "yes"]));
    expect(partial?.message).toBe("Mark every date.");
    expect(await mark(tcr(0), ["no", "yes", "yes"])).toEqual({ version: 1 });
    expect((await refusal(mark(tcr(0), ["yes", "yes", "yes"], 0)))?.code).toBe("conflict");
    expect(await mark(tcr(0), ["no", "yes", "if_need_be"], 1, "Flights only on Tuesdays")).toEqual({
      version: 2,
    });
    const stranger = await createPerson(runtime.db, {
      email: "poll-stranger@example.org",
      roles: ["crypto_officer"],
    });
    expect((await refusal(mark(actorOf(stranger, ["crypto_officer"]), ["yes", "yes", "yes"])))?.code).toBe(
      "not_found",
    );
    const answer = (await poll()).answers.get(f.invited[0]?.id ?? "");
    expect(answer?.note).toBe("Flights only on Tuesdays");
    expect([...(answer?.marks.values() ?? [])].sort()).toEqual(["if_need_be", "no", "yes"]);
  });

  it("judges each date from the marks and highlights the best one", async () => {
    await mark(tcr(1), ["yes", "yes", "yes"]);
    await mark(tcr(2), ["yes", "yes", "if_need_be"]);
    await mark(admin(), ["yes", "yes", "yes"]);
    const page = await pollPage(runtime.db, f.ceremony.id, now);
    const [first, second, third] = page?.outcomes ?? [];
    expect(first?.verdict).toBe("not_met");
    expect(first?.missing.map((m) => m.why)).toEqual(["marked no"]);
    expect(second?.verdict).toBe("met");
    expect(second?.best).toBe(true);
    expect(third?.verdict).toBe("at_risk");
    expect(page?.outcomes.filter((o) => o.best)).toHaveLength(1);
  });

  it("choosing the best date moves the ceremony, sets answers from the marks, tells everyone and closes the poll", async () => {
    const { poll: row, options } = await poll();
    const chosen = options[1];
    const page = await pollPage(runtime.db, f.ceremony.id, now);
    await choosePollDate(
      runtime.db,
      runtime.boss,
      coordinator,
      { pollId: row.id, optionId: chosen?.id },
      now,
    );
    const [ceremony] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, f.ceremony.id));
    expect(ceremony?.startsAt.getTime()).toBe(chosen?.startsAt.getTime());
    const answers = await runtime.db
      .select()
      .from(invitations)
      .where(eq(invitations.ceremonyId, f.ceremony.id));
    expect(answers.map((a) => a.response)).toEqual(["attending", "attending", "attending", "attending"]);
    // The ceremony page now says what the poll said for that date.
    const planning = (await loadCeremonyPlanning(runtime.db, [f.ceremony.id])).get(f.ceremony.id);
    expect(evaluateQuorum(planning?.input as never).verdict).toBe(page?.outcomes[1]?.verdict);
    const changed = await runtime.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "ceremony.changed"));
    expect(changed).toHaveLength(4);
    expect(changed.every((m) => m.attachments[0]?.filename.endsWith(".ics"))).toBe(true);
    expect(changed[0]?.props.details).toContain("Date chosen in the date poll");
    expect(changed.every((m) => m.props.previousAnswer === null)).toBe(true);
    expect((await poll()).poll.status).toBe("decided");
    expect((await poll()).poll.chosenOptionId).toBe(chosen?.id);
    expect((await refusal(mark(tcr(1), ["no", "no", "no"], 1)))?.message).toBe(
      "This poll is closed: the marks can no longer change.",
    );
    const again = await refusal(
      choosePollDate(
        runtime.db,
        runtime.boss,
        coordinator,
        { pollId: row.id, optionId: options[0]?.id },
        now,
      ),
    );
    expect(again?.message).toBe("This poll is closed already.");
  });

  it("a poll can be closed without a date, and cancelling the ceremony closes an open one", async () => {
    await open({ date: [day(80), day(81)], time: ["10:00", "10:00"] });
    const first = await poll();
    expect(first.poll.status).toBe("open");
    await withdrawPoll(runtime.db, coordinator, { pollId: first.poll.id }, now);
    expect((await poll()).poll.status).toBe("withdrawn");
    await open({ date: [day(82), day(83)], time: ["10:00", "10:00"] });
    const [ceremony] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, f.ceremony.id));
    await transitionCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      { id: f.ceremony.id, version: ceremony?.version, to: "cancelled", reason: "Facility closed" },
      now + MS_PER_DAY,
    );
    const stillOpen = await runtime.db
      .select()
      .from(datePolls)
      .where(and(eq(datePolls.ceremonyId, f.ceremony.id), eq(datePolls.status, "open")));
    expect(stillOpen).toHaveLength(0);
  });
});
