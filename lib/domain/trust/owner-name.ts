/** A zone name in the form anchors and documents are compared in: lower case, with its final dot. */
export function canonicalOwner(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}

/** Whether `name` is a presentation-form domain name (labels of 1–63 letters, digits, hyphens, underscores). */
export function isOwnerName(name: string): boolean {
  if (name === ".") return true;
  const labels = name.replace(/\.$/, "").split(".");
  return name.length <= 254 && labels.every((label) => /^[A-Za-z0-9_-]{1,63}$/.test(label));
}
