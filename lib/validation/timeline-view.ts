import { z } from "zod";

export const TIMELINE_VIEWS = ["now", "all"] as const;
/** How much of the coverage timeline to draw: around now (the default), or everything on file. */
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

// A zoom link: anything unrecognised opens the default view rather than an error page.
const timelineView = z.enum(TIMELINE_VIEWS).catch("now");

export function parseTimelineView(params: Record<string, string | string[] | undefined>): TimelineView {
  const value = params.timeline;
  return timelineView.parse(Array.isArray(value) ? value[0] : (value ?? "now"));
}
