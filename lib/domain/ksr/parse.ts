import { closeElement } from "./build-model";
import { Frame } from "./element-frame";
import type { SeenValues } from "./leaf-values";
import type { KsrDocument } from "./model";
import { KsrParseError } from "./parse-error";
import { DEFAULT_LIMITS, type ParseLimits } from "./schema";
import { type ElementSink, readKsrXml } from "./xml-reader";

/**
 * Builds the model while the XML streams past, in one pass and without an intermediate tree. A model
 * error is held back until the whole document has been read, so that (as when the tree was built
 * first) a structural problem anywhere in the document is what gets reported.
 */
class ModelSink implements ElementSink {
  private readonly frames: Frame[] = [];
  private readonly seen: SeenValues = { publicKeys: [] };
  failure: KsrParseError | null = null;
  document: KsrDocument | null = null;

  open(name: string, attributes: Record<string, string>, line: number): void {
    if (this.failure === null) this.frames.push(new Frame(name, attributes, line));
  }

  leaf(name: string, text: string, line: number): void {
    if (this.failure === null) this.frames[this.frames.length - 1]?.add(name, text, line);
  }

  close(): void {
    if (this.failure !== null) return;
    const frame = this.frames.pop() as Frame;
    try {
      const value = closeElement(frame, this.seen);
      const parent = this.frames[this.frames.length - 1];
      if (parent) parent.add(frame.name, value, frame.line);
      else this.document = value as KsrDocument;
    } catch (error) {
      if (!(error instanceof KsrParseError)) throw error;
      this.failure = error;
    }
  }
}

/** Parses a KSR or SKR under hard limits; throws KsrParseError (with a line) on anything unexpected. */
export function parseKsrDocument(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): KsrDocument {
  const sink = new ModelSink();
  readKsrXml(bytes, limits, sink);
  if (sink.failure) throw sink.failure;
  return sink.document as KsrDocument;
}
