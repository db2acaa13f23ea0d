import { SaxesParser } from "saxes";
import { KsrParseError } from "./parse-error";
import { DEFAULT_LIMITS, ELEMENTS, type ParseLimits } from "./schema";

/** A validated element: known name, allowed parent, known attributes, text only where text belongs. */
export interface XmlNode {
  name: string;
  /** Whether character data belongs in this element (leaf elements of the schema). */
  holdsText: boolean;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true });
const NOT_BLANK = /\S/;

function decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new KsrParseError(0, "document is not valid UTF-8");
  }
}

// saxes prefixes its messages with "file:line:column: "; the line is reported separately.
function saxesReason(error: Error): string {
  return error.message.replace(/^[^:]*:\d+:\d+: /, "");
}

/**
 * Parses bytes into a tree of known elements under hard limits: the size is checked before any parsing,
 * DOCTYPE (and with it every entity declaration) and processing instructions are refused, depth is capped.
 */
export function parseXmlTree(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): XmlNode {
  if (bytes.byteLength > limits.maxBytes) {
    throw new KsrParseError(
      0,
      `document is ${bytes.byteLength} bytes, larger than the ${limits.maxBytes}-byte limit`,
    );
  }
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  const fail = (reason: string): never => {
    throw new KsrParseError(parser.line, reason);
  };

  parser.on("error", (error) => fail(saxesReason(error)));
  parser.on("doctype", () => fail("DOCTYPE is not allowed (no DTDs or entity declarations)"));
  parser.on("processinginstruction", (pi) => fail(`processing instruction <?${pi.target}?> is not allowed`));
  parser.on("cdata", () => fail("CDATA sections are not allowed"));
  parser.on("xmldecl", (decl) => {
    if (decl.encoding !== undefined && decl.encoding.toLowerCase() !== "utf-8") {
      fail(`encoding ${decl.encoding} is not supported (UTF-8 only)`);
    }
  });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    if (stack.length + 1 > limits.maxDepth) fail(`elements nested deeper than ${limits.maxDepth} levels`);
    if (!parent && tag.name !== "KSR") fail(`root element must be <KSR>, not <${tag.name}>`);
    const rule = ELEMENTS[tag.name];
    if (!rule) fail(`unknown element <${tag.name}>`);
    if (parent && !rule?.parents.includes(parent.name))
      fail(`element <${tag.name}> is not allowed inside <${parent.name}>`);
    const attributes = tag.attributes as Record<string, string>;
    for (const name in attributes) {
      if (!rule?.attributes.includes(name)) fail(`unknown attribute ${name} on <${tag.name}>`);
    }
    const holdsText = rule?.content === "text";
    const node: XmlNode = {
      name: tag.name,
      holdsText,
      attributes,
      text: "",
      children: [],
      line: parser.line,
    };
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  // Called for every run of indentation between tags: no allocation on that path.
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current?.holdsText) current.text += text;
    else if (NOT_BLANK.test(text))
      fail(current ? `<${current.name}> may not contain text` : "text outside the root element");
  });
  parser.on("closetag", () => {
    const node = stack.pop();
    if (node?.holdsText) node.text = node.text.trim();
  });

  parser.write(decode(bytes));
  parser.close();
  if (!root) throw new KsrParseError(parser.line, "no root element");
  return root;
}
