import { MODE_IN_ROOM, MODE_NONE } from "./feasibility";

// Separation of duties: each person fills at most one requirement slot. Maximum bipartite matching
// between people and requirement slots (requirement r has cap[r] slots), grown by augmenting paths, so
// an early greedy choice never blocks a later requirement.
//
// The date finder runs this for every day of a year, so one Matching is reused: its buffers are reset,
// never reallocated, and the rules of each phase are plain fields rather than closures.

/** Confirmed people fill slots; only confirmed people may be moved. */
export const PHASE_CONFIRMED = 0;
/** Everyone available fills what is left; anyone assigned may be moved. */
export const PHASE_ALL = 1;
/** Extra confirmed people pile onto one requirement (no cap) while the others keep their loads. */
export const PHASE_MARGIN = 2;
type Phase = typeof PHASE_CONFIRMED | typeof PHASE_ALL | typeof PHASE_MARGIN;

export class Matching {
  /** Requirement index per person, -1 when unassigned. */
  readonly assigned: Int32Array;
  /**
   * People assigned per requirement, in the order they were assigned (the search order depends on it):
   * requirement r's list is memberList[r * people .. + loads[r]].
   */
  private readonly memberList: Int32Array;
  private readonly loads: Int32Array;
  /** Per person, set by the caller for the day: MODE_* and 1 when their status is confirmed. */
  readonly modes: Uint8Array;
  readonly confirmed: Uint8Array;
  private readonly remote: Uint8Array;
  private readonly needed: number;
  private filledCount = 0;
  private phase: Phase = PHASE_CONFIRMED;
  private target = -1;
  private readonly reachedBy: Int32Array;
  /** Each requirement is queued at most once per search. */
  private readonly queue: Int32Array;
  /** While a margin is measured: person, previous requirement, for every move; undone afterwards. */
  private logging = false;
  private readonly undo: number[] = [];
  private readonly savedList: Int32Array;
  private readonly savedLoads: Int32Array;
  private readonly people: number;

  constructor(
    readonly adjacency: readonly (readonly number[])[],
    readonly cap: readonly number[],
    remote: readonly boolean[],
  ) {
    const people = adjacency.length;
    this.people = people;
    this.assigned = new Int32Array(people).fill(-1);
    this.memberList = new Int32Array(people * cap.length);
    this.loads = new Int32Array(cap.length);
    this.savedList = new Int32Array(people * cap.length);
    this.savedLoads = new Int32Array(cap.length);
    this.modes = new Uint8Array(people);
    this.confirmed = new Uint8Array(people);
    this.remote = Uint8Array.from(remote, (flag) => (flag ? 1 : 0));
    this.needed = cap.reduce((sum, min) => sum + min, 0);
    this.reachedBy = new Int32Array(cap.length);
    this.queue = new Int32Array(cap.length);
  }

  reset(): void {
    this.assigned.fill(-1);
    this.loads.fill(0);
    this.filledCount = 0;
  }

  load(requirement: number): number {
    return this.loads[requirement] as number;
  }

  /** The `index`-th person assigned to `requirement`. */
  member(requirement: number, index: number): number {
    return this.memberList[requirement * this.people + index] as number;
  }

  filled(): number {
    return this.filledCount;
  }

  private move(person: number, requirement: number): void {
    const previous = this.assigned[person] as number;
    if (this.logging) this.undo.push(person, previous);
    const { memberList, loads, people } = this;
    if (previous >= 0) {
      // Remove in place, keeping the order of the others (as Array#splice did).
      const start = previous * people;
      const end = start + (loads[previous] as number);
      let at = start;
      while (memberList[at] !== person) at++;
      memberList.copyWithin(at, at + 1, end);
      loads[previous] = (loads[previous] as number) - 1;
    } else {
      this.filledCount++;
    }
    this.assigned[person] = requirement;
    memberList[requirement * people + (loads[requirement] as number)] = person;
    loads[requirement] = (loads[requirement] as number) + 1;
  }

  private canUse(person: number, requirement: number): boolean {
    return this.modes[person] === MODE_IN_ROOM || this.remote[requirement] === 1;
  }

  private mayMove(person: number): boolean {
    return this.phase === PHASE_ALL ? this.modes[person] !== MODE_NONE : this.confirmed[person] === 1;
  }

  private open(requirement: number): boolean {
    if (this.phase === PHASE_MARGIN) return requirement === this.target;
    return (this.loads[requirement] as number) < (this.cap[requirement] as number);
  }

  private saturated(): boolean {
    return this.phase !== PHASE_MARGIN && this.filledCount >= this.needed;
  }

  /** Assigns free people straight into open requirements; cheap, and augmenting fixes its mistakes. */
  private fillGreedily(sources: readonly number[]): void {
    const { adjacency, assigned } = this;
    for (const person of sources) {
      if (this.saturated()) return;
      if (assigned[person] !== -1) continue;
      for (const requirement of adjacency[person] as readonly number[]) {
        if (this.canUse(person, requirement) && this.open(requirement)) {
          this.move(person, requirement);
          break;
        }
      }
    }
  }

  /** One breadth-first search for a shortest augmenting path from any free person; applies it if found. */
  private augmentOnce(sources: readonly number[]): boolean {
    const { adjacency, assigned, memberList, loads, people, reachedBy, queue } = this;
    reachedBy.fill(-1);
    let tail = 0;
    for (const person of sources) {
      if (assigned[person] !== -1) continue;
      for (const requirement of adjacency[person] as readonly number[]) {
        if (reachedBy[requirement] !== -1 || !this.canUse(person, requirement)) continue;
        reachedBy[requirement] = person;
        queue[tail++] = requirement;
      }
    }
    for (let head = 0; head < tail; head++) {
      const requirement = queue[head] as number;
      if (this.open(requirement)) {
        this.applyPath(requirement);
        return true;
      }
      const offset = requirement * people;
      for (let i = 0; i < (loads[requirement] as number); i++) {
        const member = memberList[offset + i] as number;
        if (!this.mayMove(member)) continue;
        for (const next of adjacency[member] as readonly number[]) {
          if (reachedBy[next] !== -1 || !this.canUse(member, next)) continue;
          reachedBy[next] = member;
          queue[tail++] = next;
        }
      }
    }
    return false;
  }

  private applyPath(end: number): void {
    let requirement = end;
    while (requirement !== -1) {
      const person = this.reachedBy[requirement] as number;
      const previous = this.assigned[person] as number;
      this.move(person, requirement);
      requirement = previous;
    }
  }

  /** Fills as many slots as the phase allows from `sources` (people who may join, in priority order). */
  augment(phase: typeof PHASE_CONFIRMED | typeof PHASE_ALL, sources: readonly number[]): void {
    this.phase = phase;
    this.augmentFully(sources);
  }

  private augmentFully(sources: readonly number[]): void {
    this.fillGreedily(sources);
    while (!this.saturated() && this.augmentOnce(sources)) {
      // each pass adds one filled slot
    }
  }

  /**
   * How many more confirmed people `requirement` could take on top of its load while every other
   * requirement keeps its load (see margin.ts). The matching is left exactly as it was: the moves are
   * undone and the member lists restored in their order.
   */
  extraCapacity(requirement: number, confirmedSources: readonly number[]): number {
    const { undo, assigned, memberList, savedList, loads, people } = this;
    // Only the filled part of each list is kept: copying whole buffers cost more than the search.
    for (let r = 0; r < loads.length; r++) {
      const start = r * people;
      savedList.set(memberList.subarray(start, start + (loads[r] as number)), start);
    }
    this.savedLoads.set(loads);
    const filledBefore = this.filledCount;
    const before = this.load(requirement);
    this.phase = PHASE_MARGIN;
    this.target = requirement;
    this.logging = true;
    this.augmentFully(confirmedSources);
    const extra = this.load(requirement) - before;
    this.logging = false;
    for (let i = undo.length - 2; i >= 0; i -= 2) assigned[undo[i] as number] = undo[i + 1] as number;
    undo.length = 0;
    loads.set(this.savedLoads);
    for (let r = 0; r < loads.length; r++) {
      const start = r * people;
      memberList.set(savedList.subarray(start, start + (loads[r] as number)), start);
    }
    this.filledCount = filledBefore;
    return extra;
  }
}
