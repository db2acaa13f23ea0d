import { KsrParseError } from "./parse-error";

/**
 * An open element while the document streams past: its attributes and what its children came to (a
 * leaf's trimmed text, or the model value built when a child element closed). Only elements that hold
 * elements get a frame; their children are kept in three parallel lists so that lookups allocate nothing.
 */
export class Frame {
  readonly names: string[] = [];
  readonly values: unknown[] = [];
  readonly lines: number[] = [];

  constructor(
    readonly name: string,
    readonly attributes: Record<string, string>,
    readonly line: number,
  ) {}

  add(name: string, value: unknown, line: number): void {
    this.names.push(name);
    this.values.push(value);
    this.lines.push(line);
  }
}

// Typed reads from a frame; every failure names the element and its line.

/** Index of the only child called `name`, or -1; a second one is refused at its own line. */
export function optionalIndex(frame: Frame, name: string): number {
  const { names } = frame;
  let found = -1;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== name) continue;
    if (found !== -1)
      throw new KsrParseError(
        frame.lines[i] as number,
        `<${name}> appears more than once in <${frame.name}>`,
      );
    found = i;
  }
  return found;
}

export function requiredIndex(frame: Frame, name: string): number {
  const index = optionalIndex(frame, name);
  if (index === -1) throw new KsrParseError(frame.line, `<${frame.name}> is missing <${name}>`);
  return index;
}

export function optionalChild<T>(frame: Frame, name: string): T | undefined {
  const index = optionalIndex(frame, name);
  return index === -1 ? undefined : (frame.values[index] as T);
}

export function child<T>(frame: Frame, name: string): T {
  return frame.values[requiredIndex(frame, name)] as T;
}

export function children<T>(frame: Frame, name: string): T[] {
  const out: T[] = [];
  for (let i = 0; i < frame.names.length; i++) if (frame.names[i] === name) out.push(frame.values[i] as T);
  return out;
}

export function attribute(frame: Pick<Frame, "attributes" | "name" | "line">, name: string): string {
  const value = frame.attributes[name];
  if (value === undefined || value === "")
    throw new KsrParseError(frame.line, `<${frame.name}> is missing attribute ${name}`);
  return value;
}
