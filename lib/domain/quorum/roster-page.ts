import type { PersonStatus, Response } from "./vocabulary";

/** Invitees per roster page: what fits a screen, and what keeps a large ceremony's page light. */
export const ROSTER_PAGE_SIZE = 10;

interface RosterLine {
  response: Response;
  outcome?: { status: PersonStatus; reasons: readonly unknown[] };
}

/** How urgently a line needs the coordinator: 0 cannot attend, 1 owes an answer, 2 only possible, 3 fine. */
function urgency(line: RosterLine): number {
  if (line.outcome?.status === "cannot_attend") return 0;
  if (line.response === "no_answer") return 1;
  if (line.outcome?.status !== "confirmed") return 2;
  return 3;
}

/** Whether a line needs attention: anything but a confirmed answer. */
export function needsAttention(line: RosterLine): boolean {
  return urgency(line) < 3;
}

export interface RosterPage<T> {
  rows: T[];
  /** 1-based; the page asked for, brought within range. */
  page: number;
  pages: number;
  /** Lines needing attention in the whole roster (they come first). */
  attention: number;
  /** 1-based positions of the first and last rows shown. */
  first: number;
  last: number;
}

/**
 * One page of the roster, those who need attention first (cannot attend, no answer, only possible), each
 * group in the roster's own order. `page` "all" shows every line on one page.
 */
export function rosterPage<T extends RosterLine>(
  roster: readonly T[],
  page: number | "all",
  size = ROSTER_PAGE_SIZE,
): RosterPage<T> {
  const ordered = roster
    .map((line, index) => ({ line, index, rank: urgency(line) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.line);
  const attention = ordered.filter(needsAttention).length;
  if (page === "all") return { rows: ordered, page: 1, pages: 1, attention, first: 1, last: ordered.length };
  const pages = Math.max(1, Math.ceil(ordered.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const rows = ordered.slice((current - 1) * size, current * size);
  const first = rows.length === 0 ? 0 : (current - 1) * size + 1;
  return {
    rows,
    page: current,
    pages,
    attention,
    first,
    last: rows.length === 0 ? 0 : first + rows.length - 1,
  };
}
