import { parseIsoDurationSeconds, parseUtcTimestamp } from "@/lib/time";
import { KsrParseError } from "./parse-error";
import type { XmlNode } from "./xml-tree";

// Typed reads from a validated XML node; every failure names the element and its line.

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => child.name === name);
}

export function optionalChild(node: XmlNode, name: string): XmlNode | undefined {
  const found = children(node, name);
  if (found.length > 1)
    throw new KsrParseError(
      found[1]?.line ?? node.line,
      `<${name}> appears more than once in <${node.name}>`,
    );
  return found[0];
}

export function child(node: XmlNode, name: string): XmlNode {
  const found = optionalChild(node, name);
  if (!found) throw new KsrParseError(node.line, `<${node.name}> is missing <${name}>`);
  return found;
}

export function attribute(node: XmlNode, name: string): string {
  const value = node.attributes[name];
  if (value === undefined || value === "")
    throw new KsrParseError(node.line, `<${node.name}> is missing attribute ${name}`);
  return value;
}

export function toInteger(text: string, what: string, line: number, max: number): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) > max) {
    throw new KsrParseError(line, `${what} must be an integer from 0 to ${max}, not "${text}"`);
  }
  return Number(text);
}

export function integerChild(node: XmlNode, name: string, max: number): number {
  const leaf = child(node, name);
  return toInteger(leaf.text, `<${name}>`, leaf.line, max);
}

export function instantChild(node: XmlNode, name: string): number {
  const leaf = child(node, name);
  const parsed = parseUtcTimestamp(leaf.text);
  if (!parsed.ok) throw new KsrParseError(leaf.line, `<${name}>: ${parsed.reason}`);
  return parsed.instant;
}

export function durationChild(node: XmlNode, name: string): number {
  const leaf = child(node, name);
  const seconds = parseIsoDurationSeconds(leaf.text);
  if (seconds === null)
    throw new KsrParseError(
      leaf.line,
      `<${name}> must be an ISO 8601 duration such as P21D, not "${leaf.text}"`,
    );
  return seconds;
}

export function textChild(node: XmlNode, name: string): string {
  const leaf = child(node, name);
  if (leaf.text === "") throw new KsrParseError(leaf.line, `<${name}> is empty`);
  return leaf.text;
}
