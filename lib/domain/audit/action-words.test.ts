import { describe, expect, it } from "vitest";
import { ACTION_CHOICES, ACTION_WORDS, actionWords } from "./action-words";
import { AUDIT_ACTIONS } from "./audit-actions";

describe("audit action words", () => {
  it("gives every action words of its own", () => {
    for (const action of AUDIT_ACTIONS) expect(ACTION_WORDS[action], action).toMatch(/^[a-z]/);
    expect(new Set(Object.values(ACTION_WORDS)).size).toBe(AUDIT_ACTIONS.length);
    expect(Object.keys(ACTION_WORDS).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("offers every action once in the filter", () => {
    expect(ACTION_CHOICES.map((c) => c.value).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("reads an action from before the list closed as its name", () => {
    expect(actionWords("ceremony.create")).toBe("created a ceremony");
    expect(actionWords("old.thing_done")).toBe("old thing done");
  });
});
