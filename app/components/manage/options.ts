import { words } from "@/lib/domain/words";

export { words };

/** Select options for a closed vocabulary, labelled in words ("crypto_officer" -> "crypto officer"). */
export function optionsOf(values: readonly string[]) {
  return values.map((value) => ({ value, label: words(value) }));
}
