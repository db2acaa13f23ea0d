import { KsrParseError } from "./parse-error";

/**
 * An open element while the document streams past: its attributes and what its children came to (a
 * leaf's trimmed text, or the model value built when a child element closed). Only elements that hold
 * elements get a frame; their children are kept in one flat list, three entries each (name, value, line),
 * so that a frame is two allocations and lookups allocate nothing. A child's index is where its three
 * entries start.
 */
export class Frame {
  readonly children: unknown[] = [];

  constructor(
    readonly name: string,
    readonly attributes: Record<string, string>,
    readonly line: number,
  ) {}

  add(name: string, value: unknown, line: number): void {
    this.children.push(name, value, line);
  }

  valueAt(index: number): unknown {
    return this.children[index + 1];
  }

  lineAt(index: number): number {
    return this.children[index + 2] as number;
  }
}

// Typed reads from a frame; every failure names the element and its line.

/** Index of the only child called `name`, or -1; a second one is refused at its own line. */
export function optionalIndex(frame: Frame, name: string): number {
  const { children } = frame;
  let found = -1;
  for (let i = 0; i < children.length; i += 3) {
    if (children[i] !== name) continue;
    if (found !== -1)
      throw new KsrParseError(frame.lineAt(i), `<${name}> appears more than once in <${frame.name}>`);
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
  return index === -1 ? undefined : (frame.valueAt(index) as T);
}

export function child<T>(frame: Frame, name: string): T {
  return frame.valueAt(requiredIndex(frame, name)) as T;
}

export function children<T>(frame: Frame, name: string): T[] {
  const out: T[] = [];
  const list = frame.children;
  for (let i = 0; i < list.length; i += 3) if (list[i] === name) out.push(list[i + 1] as T);
  return out;
}

export function attribute(frame: Pick<Frame, "attributes" | "name" | "line">, name: string): string {
  const value = frame.attributes[name];
  if (value === undefined || value === "")
    throw new KsrParseError(frame.line, `<${frame.name}> is missing attribute ${name}`);
  return value;
}
