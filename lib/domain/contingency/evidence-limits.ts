// How much evidence one form may carry. Pure and free of Node modules: the file picker checks the same
// limits in the browser before anything is sent, the server again on what arrives.

export const MAX_EVIDENCE_FILES = 5;
export const MAX_EVIDENCE_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_TOTAL_BYTES = 10 * 1024 * 1024;
/** What the file picker offers; the content decides what is accepted. */
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,.txt,.csv";

/** What is wrong with a choice of files by their count and sizes alone; empty when nothing is. */
export function selectionProblems(files: readonly { name: string; size: number }[]): string[] {
  if (files.length > MAX_EVIDENCE_FILES)
    return [`Attach at most ${MAX_EVIDENCE_FILES} files at a time; ${files.length} were chosen.`];
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return [
    ...(total > MAX_EVIDENCE_TOTAL_BYTES ? ["The files together are larger than 10 MiB."] : []),
    ...files
      .filter((f) => f.size > MAX_EVIDENCE_FILE_BYTES)
      .map((f) => `${f.name}: the file is larger than 5 MiB.`),
  ];
}
