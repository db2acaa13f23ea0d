/**
 * The field errors no field on the page shows: a message counts as shown when some field's error text
 * holds it (a list of choices may show all of its errors under itself as one). Each is named by its
 * field, so that "Check the highlighted fields" always has something to point at.
 */
export function unshownFieldErrors(fields: Record<string, string>, shownTexts: readonly string[]): string[] {
  return Object.entries(fields)
    .filter(([, message]) => !shownTexts.some((text) => text.includes(message)))
    .map(([field, message]) => `${field}: ${message}`);
}
