/** A closed-vocabulary value as people read it: "crypto_officer" -> "crypto officer". */
export function words(value: string): string {
  return value.replace(/_/g, " ");
}
