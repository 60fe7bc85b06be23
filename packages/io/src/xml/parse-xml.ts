/**
 * XML for the GEXF, GraphML and XLSX readers: fast-xml-parser's validator
 * reports malformed XML with its line and column; its parser (with
 * `preserveOrder` and node positions) gives a small element tree that keeps
 * the line of every element, so later problems can point at it.
 *
 * Entities are decoded here rather than by the parser, which leaves numeric
 * character references (`&#10;`) as they are.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { InputProblem } from "../errors.js";
import { MAX_XML_DEPTH, READ_LIMITS_DEFAULTS, tooLarge } from "../limits.js";
import { inputProblem } from "../problems/input-problem.js";

export interface XmlElement {
  /** Name without namespace prefix (`viz:color` → `color`). */
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The concatenated text content directly inside the element. */
  text: string;
  /** 1-based line where the element starts. */
  line: number;
}

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: "#cdata",
  captureMetaData: true,
  // One more than we accept, so that too deep a document is reported by our own check.
  maxNestedTags: MAX_XML_DEPTH + 1,
});
const META: symbol = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Parses XML text; undefined (with a problem recorded) when it is malformed,
 * larger than `maxBytes`, nested deeper than {@link MAX_XML_DEPTH}, or when the
 * parser fails in any other way (every failure is a problem with the file's
 * name, never the parser's own exception).
 */
export function parseXml(
  text: string,
  file: string,
  problems: InputProblem[],
  maxBytes: number = READ_LIMITS_DEFAULTS.maxXmlBytes,
): XmlElement | undefined {
  // Characters are at least one byte each: a cheap first bound before the exact UTF-8 size.
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    problems.push(tooLarge(file, utf8Length(text), maxBytes, "xml"));
    return undefined;
  }
  const malformed = (message: string, line?: number, column?: number) => {
    problems.push(inputProblem("malformed-xml", { message }, { file, line: line ?? 1, column }));
    return undefined;
  };
  const tooDeep = (line: number) => {
    problems.push(inputProblem("xml-too-deep", { depth: MAX_XML_DEPTH }, { file, line }));
    return undefined;
  };
  // NOTE: a DOCTYPE is where entity definitions (and their expansion attacks) live; no territory
  // format uses one, so it is refused outright rather than handed to the parser.
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype !== null) {
    const { line, column } = placeOfIndex(text, doctype.index);
    problems.push(inputProblem("doctype", {}, { file, line, column }));
    return undefined;
  }
  let nodes: unknown[];
  try {
    const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (valid !== true) return malformed(valid.err.msg, valid.err.line, valid.err.col);
    nodes = PARSER.parse(text) as unknown[];
  } catch (error) {
    // fast-xml-parser throws plain errors for some inputs (processing instructions, nesting).
    const message = error instanceof Error ? error.message : String(error);
    const place = /line[: ]+(\d+)/i.exec(message);
    const line = place ? Number(place[1]) : 1;
    const reserved = /"(constructor|__proto__|prototype)" is a reserved/.exec(message);
    if (reserved !== null) {
      problems.push(inputProblem("reserved-name", { name: reserved[1]! }, { file, line }));
      return undefined;
    }
    if (/nested/i.test(message)) return tooDeep(line);
    return malformed(message.split("\n")[0] ?? message, line);
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (index: number | undefined) => {
    if (index === undefined) return 1;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const deepest = { line: 0 };
  const root = toElements(nodes, lineOf, 1, deepest).find((element) => element.name !== "?xml");
  if (deepest.line > 0) return tooDeep(deepest.line);
  if (root === undefined) problems.push(inputProblem("no-root", {}, { file, line: 1 }));
  return root;
}

/** Size of a text in UTF-8 bytes, without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

function placeOfIndex(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: index - lastBreak };
}

type RawNode = Record<string | symbol, unknown>;

function toElements(
  nodes: unknown[],
  lineOf: (index: number | undefined) => number,
  depth: number,
  deepest: { line: number },
): XmlElement[] {
  const elements: XmlElement[] = [];
  if (deepest.line > 0) return elements;
  for (const node of nodes as RawNode[]) {
    for (const key of Object.keys(node)) {
      if (key === ":@" || key === "#text" || key === "#cdata" || key.startsWith("?") || key.startsWith("!"))
        continue;
      const attributes = new Map<string, string>();
      for (const [name, value] of Object.entries((node[":@"] ?? {}) as Record<string, unknown>))
        attributes.set(localName(name), decodeEntities(String(value)));
      const childNodes = (node[key] ?? []) as RawNode[];
      let text = "";
      for (const child of childNodes) {
        if (typeof child["#text"] === "string") text += decodeEntities(child["#text"]);
        if (Array.isArray(child["#cdata"]))
          for (const part of child["#cdata"] as RawNode[]) text += String(part["#text"] ?? "");
      }
      const line = lineOf((node[META] as { startIndex?: number } | undefined)?.startIndex);
      if (depth > MAX_XML_DEPTH) {
        deepest.line = line;
        return elements;
      }
      elements.push({
        name: localName(key),
        attributes,
        children: toElements(childNodes, lineOf, depth + 1, deepest),
        text,
        line,
      });
    }
  }
  return elements;
}

function localName(name: string): string {
  if (name === "xmlns" || name.startsWith("xmlns:")) return name;
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith("#")) return safeCodePoint(Number(name.slice(1))) ?? whole;
    return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Escapes text for an XML attribute value or text node (line breaks and tabs kept through references). */
export function escapeXml(text: string): string {
  return (
    text
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("\n", "&#10;")
      .replaceAll("\r", "&#13;")
      .replaceAll("\t", "&#9;")
      // XML 1.0 cannot hold other control characters at all; they are dropped.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

/** The children of an element with a given local name. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element === undefined ? [] : element.children.filter((child) => child.name === name);
}

/** The first child of an element with a given local name. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}
