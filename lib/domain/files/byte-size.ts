export const MIB = 1024 * 1024;

/** "812 bytes", "14.2 KiB", "4.9 MiB": sizes as people read them, in binary units like the limits. */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < MIB) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}
