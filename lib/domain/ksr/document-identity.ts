/**
 * A document's own name, as lists and panels show it: "ksr-root-2017-q1-0, serial 1" for IANA XML, whose
 * id and serial attributes name it; Knot DNS text carries neither and reads as its format.
 */
export function documentIdentity(id: string | null, serial: number | null): string {
  if (id === null && serial === null) return "Knot DNS text";
  return serial === null ? (id ?? "") : `${id ?? "no id"}, serial ${serial}`;
}
