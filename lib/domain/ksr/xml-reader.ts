import { SaxesParser, type SaxesTagPlain } from "saxes";
import { decodeDocument } from "./document-bytes";
import { KsrParseError } from "./parse-error";
import { type ElementRule, elementRule, type ParseLimits } from "./schema";

/** Receives validated elements in document order: known names, allowed parents, known attributes. */
export interface ElementSink {
  /** An element that holds elements (or nothing) opened. */
  open(name: string, attributes: Record<string, string>, line: number): void;
  /** A text leaf closed: its trimmed text and the line its start tag is on. */
  leaf(name: string, text: string, line: number): void;
  close(name: string): void;
}

// saxes prefixes its messages with "line:column: " (and a file name, when given one); the line is reported
// separately.
function saxesReason(error: Error): string {
  return error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
}

/** The line saxes reports at the end of the XML declaration (`?>`): it counts \r\n, \r and \n as one break. */
function lineOfDeclarationEnd(text: string): number {
  const end = text.indexOf("?>");
  let line = 1;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * One saxes parser with its listeners, reused from document to document (saxes resets itself on close).
 *
 * Seven listeners at most: saxes stores listeners as properties added by computed key, and with eight
 * (this reader used to listen for "error" and "xmldecl" too) V8 turned the parser into a slow
 * dictionary-mode object, which made every parse, and every other saxes parser in the process, four to
 * seven times slower. So saxes throws its errors (caught in `read`), the declared encoding is read from
 * `parser.xmlDecl` when the root opens, and attribute names arrive through "attribute" rather than by
 * enumerating each tag's null-prototype attribute object.
 */
class KsrXmlReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private text = "";
  /**
   * The document's bytes when it is ASCII, so that byte and character offsets agree. Strict decoding makes
   * the text shorter than the bytes whenever it is not: a multi-byte sequence gives fewer UTF-16 units, and
   * a leading byte order mark is dropped. (The bytes are the caller's; nothing else runs while they are read.)
   */
  private bytes: Uint8Array | null = null;
  private limits: ParseLimits | null = null;
  private sink: ElementSink | null = null;
  /** Open elements; only leaves hold text and have no children, so one leaf is open at a time. */
  private readonly stack: ElementRule[] = [];
  private sawRoot = false;
  private inLeaf = false;
  private leafText = "";
  private leafLine = 0;
  /** Names of the attributes of the start tag being read, in document order: the first attributeCount. */
  private readonly attributeNames: string[] = [];
  private attributeCount = 0;
  /** Where the last tag ended: what lies between it and the next tag is checked to be blank. */
  private lastTagEnd = 0;
  private readonly onLeafText = (text: string) => {
    this.leafText += text;
  };

  constructor() {
    const parser = this.parser;
    parser.on("doctype", () => this.fail("DOCTYPE is not allowed (no DTDs or entity declarations)"));
    parser.on("processinginstruction", (pi) =>
      this.fail(`processing instruction <?${pi.target}?> is not allowed`),
    );
    parser.on("cdata", () => this.fail("CDATA sections are not allowed"));
    parser.on("attribute", (attribute) => {
      this.attributeNames[this.attributeCount++] = attribute.name;
    });
    parser.on("opentag", (tag) => this.openTag(tag));
    // Listened to only inside leaves. With a text listener saxes builds a string of every run of
    // indentation between tags, line by line; the gaps between tags are checked in place instead.
    parser.on("text", this.onLeafText);
    parser.off("text");
    parser.on("closetag", () => this.closeTag());
  }

  private fail(reason: string): never {
    throw new KsrParseError(this.parser.line, reason);
  }

  /** Checked when the root opens (a declaration can only precede it), naming the line the declaration ends on. */
  private checkEncoding(): void {
    const { encoding } = this.parser.xmlDecl;
    if (encoding !== undefined && encoding.toLowerCase() !== "utf-8") {
      throw new KsrParseError(
        lineOfDeclarationEnd(this.text),
        `encoding ${encoding} is not supported (UTF-8 only)`,
      );
    }
  }

  /**
   * Inside an element that holds elements, only XML whitespace and comments may come between the last
   * tag and the one being reported (saxes itself refuses text outside the root). An ASCII document is
   * read from its bytes, which is cheaper than reading characters from the string.
   */
  private checkGap(): void {
    const { text, bytes } = this;
    const end = this.parser.position;
    for (let i = this.lastTagEnd; i < end; i++) {
      const code = bytes !== null ? (bytes[i] as number) : text.charCodeAt(i);
      if (code === 32 || code === 10 || code === 9 || code === 13) continue;
      if (code === 60 /* < */) {
        if (text.charCodeAt(i + 1) !== 33 /* ! */) return; // the tag being reported
        // Only a comment can be here: saxes and the listeners refuse a DOCTYPE or CDATA before any tag.
        if (!text.startsWith("<!--", i)) this.fail("unexpected markup between elements");
        i = text.indexOf("-->", i + 4) + 2; // saxes has read the comment, so it is closed
        continue;
      }
      this.fail(`<${this.stack[this.stack.length - 1]?.name}> may not contain text`);
    }
  }

  private openTag(tag: SaxesTagPlain): void {
    const { stack, limits } = this;
    const name = tag.name;
    const depth = stack.length;
    const parent = depth > 0 ? stack[depth - 1] : undefined;
    if (parent !== undefined && !this.inLeaf) this.checkGap();
    const maxDepth = (limits as ParseLimits).maxDepth;
    if (depth + 1 > maxDepth) this.fail(`elements nested deeper than ${maxDepth} levels`);
    if (parent === undefined && name !== "KSR") this.fail(`root element must be <KSR>, not <${name}>`);
    const rule = elementRule(name);
    if (rule === undefined) this.fail(`unknown element <${name}>`);
    if (parent !== undefined && (rule.parentBits & parent.bit) === 0)
      this.fail(`element <${name}> is not allowed inside <${parent.name}>`);
    const { attributeNames, attributeCount } = this;
    for (let i = 0; i < attributeCount; i++) {
      const attribute = attributeNames[i] as string;
      if (!rule.attributes.includes(attribute)) this.fail(`unknown attribute ${attribute} on <${name}>`);
    }
    this.attributeCount = 0;
    if (depth === 0) this.checkEncoding();
    stack.push(rule);
    this.sawRoot = true;
    if (rule.content === "text") {
      this.inLeaf = true;
      this.leafText = "";
      this.leafLine = this.parser.line;
      this.parser.on("text", this.onLeafText);
    } else {
      (this.sink as ElementSink).open(rule.name, tag.attributes, this.parser.line);
    }
    this.lastTagEnd = this.parser.position;
  }

  private closeTag(): void {
    const sink = this.sink as ElementSink;
    if (this.inLeaf) {
      const name = (this.stack.pop() as ElementRule).name;
      this.inLeaf = false;
      this.parser.off("text");
      sink.leaf(name, this.leafText.trim(), this.leafLine);
    } else {
      this.checkGap();
      sink.close((this.stack.pop() as ElementRule).name);
    }
    this.lastTagEnd = this.parser.position;
  }

  read(bytes: Uint8Array, text: string, limits: ParseLimits, sink: ElementSink): void {
    this.text = text;
    this.bytes = bytes.length === text.length ? bytes : null;
    this.limits = limits;
    this.sink = sink;
    this.stack.length = 0;
    this.attributeCount = 0;
    this.sawRoot = false;
    this.inLeaf = false;
    this.lastTagEnd = 0;
    try {
      this.parser.write(text);
      this.parser.close();
    } catch (error) {
      // saxes reports malformed XML with a plain Error; anything else is not about the document.
      if (!(error instanceof Error) || Object.getPrototypeOf(error) !== Error.prototype) throw error;
      this.fail(saxesReason(error));
    } finally {
      this.sink = null;
      this.text = "";
      this.bytes = null;
    }
    if (!this.sawRoot) this.fail("no root element");
  }
}

// A reader that threw is left mid-document: drop it and start the next parse with a fresh one.
let idle: KsrXmlReader | null = null;

/**
 * Reads bytes into `sink` under hard limits: the size is checked before any parsing, DOCTYPE (and with it
 * every entity declaration), processing instructions and CDATA are refused, depth is capped, and only
 * the elements and attributes of the schema pass.
 */
export function readKsrXml(bytes: Uint8Array, limits: ParseLimits, sink: ElementSink): void {
  const text = decodeDocument(bytes, limits);
  const reader = idle ?? new KsrXmlReader();
  idle = null;
  reader.read(bytes, text, limits, sink);
  idle = reader;
}
