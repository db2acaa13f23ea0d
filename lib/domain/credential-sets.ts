/** Why a requirement asks more of a credential set than it has seats for (n), or null when it fits. */
export function credentialShortfall(set: { code: string; size: number }, min: number): string | null {
  return min > set.size ? `${set.code} has only ${set.size} credentials (n); ${min} are required.` : null;
}
