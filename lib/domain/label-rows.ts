/** A label to place on a horizontal axis: where it points and how wide its text is, in the same units. */
export interface LabelRequest {
  id: string;
  /** The point the label belongs to. */
  x: number;
  width: number;
  /** Centred over its point, or reading rightwards (start) or leftwards (end) from it. */
  anchor: "middle" | "start" | "end";
}

export interface PlacedLabel {
  id: string;
  /** The left edge of the text box, within [x0, x1 - width]. */
  left: number;
  row: number;
}

export interface LabelPlacement {
  placed: PlacedLabel[];
  /** Labels that fit in no row: their items stay drawn (and listed elsewhere), unlabelled. */
  thinned: string[];
}

/**
 * Places labels in rows so none overlaps another: each label, in the order given (most important first),
 * takes the first row where its box, kept inside [x0, x1], leaves `gap` to every label already there.
 * A label wider than the frame, or one that finds no free row among `maxRows`, is thinned.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  frame: { x0: number; x1: number; maxRows: number; gap?: number },
): LabelPlacement {
  const gap = frame.gap ?? 4;
  const rows: { left: number; right: number }[][] = [];
  const placed: PlacedLabel[] = [];
  const thinned: string[] = [];
  for (const label of labels) {
    if (label.width > frame.x1 - frame.x0) {
      thinned.push(label.id);
      continue;
    }
    const left = clamp(preferredLeft(label), frame.x0, frame.x1 - label.width);
    const right = left + label.width;
    let row = 0;
    while (
      row < frame.maxRows &&
      (rows[row] ?? []).some((box) => left < box.right + gap && box.left < right + gap)
    )
      row += 1;
    if (row === frame.maxRows) {
      thinned.push(label.id);
      continue;
    }
    rows[row] = [...(rows[row] ?? []), { left, right }];
    placed.push({ id: label.id, left, row });
  }
  return { placed, thinned };
}

function preferredLeft({ x, width, anchor }: LabelRequest): number {
  if (anchor === "start") return x;
  if (anchor === "end") return x - width;
  return x - width / 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** A text's width in the units of its font size, from its length: an estimate that errs wide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}
