/** The columns a travel-restrictions CSV must name in its header (any order); they match the form's field names. */
export const CSV_COLUMNS = ["from", "to", "kind", "start", "end", "days", "exempt", "note"] as const;
