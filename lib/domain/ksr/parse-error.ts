/**
 * Why a KSR/SKR document was refused. `line` is 1-based; 0 means the whole input (e.g. too large) was
 * refused before parsing. The CLI prints `message` only, never a stack.
 */
export class KsrParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(line > 0 ? `line ${line}: ${reason}` : reason);
    this.name = "KsrParseError";
  }
}
