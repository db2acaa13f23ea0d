import type { MarkerKind } from "@/lib/domain/coverage/timeline-layout";

// Vertical markers differ by dash pattern and label, never by colour alone.
export const MARKER_LOOK: Record<MarkerKind, { label: string; dash?: string; width: number }> = {
  today: { label: "Today", width: 2 },
  last_signing: { label: "Last key signing", dash: "1 3", width: 1.5 },
  latest_useful_start: { label: "Latest useful ceremony start", dash: "2 3", width: 1.5 },
  next_needed_by: { label: "Next SKR needed by", dash: "6 3", width: 1.5 },
  coverage_end: { label: "Coverage end", dash: "10 3 2 3", width: 1.5 },
};
