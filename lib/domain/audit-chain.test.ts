import { describe, expect, it } from "vitest";
import { auditHash, type ChainedEvent, canonicalJson, GENESIS_HASH, verifyChainPage } from "./audit-chain";

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

  it("verifies an intact chain and returns its last hash", () => {
    const events = chain(5);
    expect(verifyChainPage(GENESIS_HASH, events)).toEqual({ lastHash: events[4]?.hash });
  });

  it("names the first event whose content was altered", () => {
    const events = chain(5);
    const altered = events.map((e) => (e.id === 3 ? { ...e, summary: { after: { label: "forged" } } } : e));
    expect(verifyChainPage(GENESIS_HASH, altered)).toEqual({
      broken: { id: 3, reason: "content_hash_mismatch" },
    });
  });

  it("names the event after a removed one", () => {
    const events = chain(5).filter((e) => e.id !== 2);
    expect(verifyChainPage(GENESIS_HASH, events)).toEqual({
      broken: { id: 3, reason: "prev_hash_mismatch" },
    });
  });
});
