import { describe, expect, it } from "vitest";
import {
  auditHash,
  type ChainBreak,
  type ChainedEvent,
  ChainWalker,
  canonicalJson,
  describeBreak,
  GENESIS_HASH,
} from "./audit-chain";

function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const content = {
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorId: "p1",
      actorLabel: "a@example.org",
      action: "ceremony.create",
      subjectType: "ceremony",
      subjectId: `c${i}`,
      summary: { after: { label: `KC${i}` } },
      requestId: null,
    };
    const hash = auditHash(prev, content);
    events.push({ ...content, id: i, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe("audit chain", () => {
  it("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it("verifies an intact chain a page at a time and keeps its last hash", () => {
    const events = chain(6);
    const walker = new ChainWalker();
    expect(walker.walk(events.slice(0, 3))).toBeNull();
    expect(walker.walk(events.slice(3))).toBeNull();
    expect(walker.lastHash).toBe(events[5]?.hash);
    expect(walker.checked).toBe(6);
  });

  it("names the event whose content was altered", () => {
    const altered = chain(5).map((e) => (e.id === 3 ? { ...e, summary: { after: { label: "forged" } } } : e));
    expect(new ChainWalker().walk(altered)).toEqual({ kind: "altered", id: 3 });
  });

  it("names an event whose hash was recomputed after its content was changed", () => {
    const events = chain(5);
    const target = events[2] as ChainedEvent;
    const forged = { ...target, summary: { after: { label: "forged" } } };
    const rehashed = { ...forged, hash: auditHash(forged.prevHash, forged) };
    const walked = events.map((e) => (e.id === 3 ? rehashed : e));
    expect(new ChainWalker().walk(walked)).toEqual({ kind: "altered", id: 3 });
  });

  it("names the deleted events themselves, not the one after them", () => {
    const events = chain(6).filter((e) => e.id !== 3 && e.id !== 4);
    const broken = new ChainWalker().walk(events);
    expect(broken).toEqual({ kind: "deleted", id: 5, afterId: 2 });
    expect(describeBreak(broken as ChainBreak)).toBe(
      "events were deleted between #2 and #5 (#3 to #4 are missing)",
    );
    const first = chain(3).slice(1);
    expect(describeBreak(new ChainWalker().walk(first) as ChainBreak)).toContain(
      "events before #2 were deleted",
    );
  });

  it("tells events put out of order from deleted ones", () => {
    const [a, b, c, d] = chain(4) as [ChainedEvent, ChainedEvent, ChainedEvent, ChainedEvent];
    // Event 4 is moved to stand right after event 2 (ids swapped with event 3).
    const walked = [a, b, { ...d, id: 3 }, { ...c, id: 4 }];
    expect(new ChainWalker().walk(walked)).toEqual({ kind: "reordered", id: 3, linksTo: 4 });
    const moved = [a, b, c, d, { ...b, id: 5 }];
    expect(new ChainWalker().walk(moved)).toEqual({ kind: "reordered", id: 5, linksTo: 1 });
  });

  it("continues from a checkpoint's head", () => {
    const events = chain(5);
    const walker = new ChainWalker(events[2]?.hash, 3);
    expect(walker.walk(events.slice(3))).toBeNull();
    expect(walker.checked).toBe(2);
  });
});
