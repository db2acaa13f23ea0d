// Separation of duties: each person fills at most one requirement slot. Maximum bipartite matching
// between people and requirement slots (requirement r has cap[r] slots), grown by augmenting paths, so
// an early greedy choice never blocks a later requirement.

export class Assignment {
  /** Requirement index per person, -1 when unassigned. */
  readonly assigned: Int32Array;
  /** People assigned per requirement. */
  readonly members: number[][];

  constructor(
    readonly adjacency: readonly (readonly number[])[],
    readonly cap: Float64Array,
    assigned?: Int32Array,
    members?: number[][],
  ) {
    this.assigned = assigned ?? new Int32Array(adjacency.length).fill(-1);
    this.members = members ?? Array.from(cap, () => []);
  }

  clone(cap: Float64Array = this.cap): Assignment {
    return new Assignment(
      this.adjacency,
      cap,
      this.assigned.slice(),
      this.members.map((list) => list.slice()),
    );
  }

  load(requirement: number): number {
    return (this.members[requirement] as number[]).length;
  }

  filled(): number {
    let total = 0;
    for (const list of this.members) total += list.length;
    return total;
  }

  move(person: number, requirement: number): void {
    const previous = this.assigned[person] as number;
    if (previous >= 0) {
      const list = this.members[previous] as number[];
      list.splice(list.indexOf(person), 1);
    }
    this.assigned[person] = requirement;
    (this.members[requirement] as number[]).push(person);
  }
}

/**
 * Which edges exist today and who may take part in this phase. `sources` lists the people who may join
 * (the rest are never assigned in this phase); `canUse(p, r)` says person p may fill requirement r;
 * `mayMove(p)` says an assigned p may be moved to another requirement; `open(r)` says r still takes
 * someone; `saturated()` says nothing more can be filled, so the scan may stop early.
 */
export interface AugmentRules {
  sources: readonly number[];
  canUse(person: number, requirement: number): boolean;
  mayMove(person: number): boolean;
  open(requirement: number): boolean;
  saturated(): boolean;
}

/** Assigns free people straight into open requirements; cheap, and augmenting fixes its mistakes. */
export function fillGreedily(assignment: Assignment, rules: AugmentRules): void {
  const { adjacency, assigned } = assignment;
  for (const person of rules.sources) {
    if (rules.saturated()) return;
    if (assigned[person] !== -1) continue;
    for (const requirement of adjacency[person] as readonly number[]) {
      if (rules.canUse(person, requirement) && rules.open(requirement)) {
        assignment.move(person, requirement);
        break;
      }
    }
  }
}

/** One breadth-first search for a shortest augmenting path from any free person; applies it if found. */
export function augmentOnce(assignment: Assignment, rules: AugmentRules): boolean {
  const { adjacency, assigned, members } = assignment;
  const reachedBy = new Int32Array(members.length).fill(-1);
  const queue: number[] = [];
  for (const person of rules.sources) {
    if (assigned[person] !== -1) continue;
    for (const requirement of adjacency[person] as readonly number[]) {
      if (reachedBy[requirement] !== -1 || !rules.canUse(person, requirement)) continue;
      reachedBy[requirement] = person;
      queue.push(requirement);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const requirement = queue[head] as number;
    if (rules.open(requirement)) {
      applyPath(assignment, reachedBy, requirement);
      return true;
    }
    for (const member of members[requirement] as number[]) {
      if (!rules.mayMove(member)) continue;
      for (const next of adjacency[member] as readonly number[]) {
        if (reachedBy[next] !== -1 || !rules.canUse(member, next)) continue;
        reachedBy[next] = member;
        queue.push(next);
      }
    }
  }
  return false;
}

function applyPath(assignment: Assignment, reachedBy: Int32Array, end: number): void {
  let requirement = end;
  while (requirement !== -1) {
    const person = reachedBy[requirement] as number;
    const previous = assignment.assigned[person] as number;
    assignment.move(person, requirement);
    requirement = previous;
  }
}

export function augmentFully(assignment: Assignment, rules: AugmentRules): void {
  fillGreedily(assignment, rules);
  while (!rules.saturated() && augmentOnce(assignment, rules)) {
    // each pass adds one filled slot
  }
}
