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
  maxNestedTags: 1000,
});
const META: symbol = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Parses XML text; undefined (with a problem recorded) when it is malformed. */
export function parseXml(text: string, file: string, problems: InputProblem[]): XmlElement | undefined {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    problems.push({
      file,
      line: valid.err.line,
      column: valid.err.col,
      found: `malformed XML: ${valid.err.msg}`,
      expected: "well-formed XML (every tag closed, attributes quoted, & written &amp;)",
      severity: "error",
    });
    return undefined;
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
  const nodes = PARSER.parse(text) as unknown[];
  const root = toElements(nodes, lineOf).find((element) => element.name !== "?xml");
  if (root === undefined)
    problems.push({
      file,
      line: 1,
      found: "no root element",
      expected: "an XML document",
      severity: "error",
    });
  return root;
}

type RawNode = Record<string | symbol, unknown>;

function toElements(nodes: unknown[], lineOf: (index: number | undefined) => number): XmlElement[] {
  const elements: XmlElement[] = [];
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
      elements.push({
        name: localName(key),
        attributes,
        children: toElements(childNodes, lineOf),
        text,
        line: lineOf((node[META] as { startIndex?: number } | undefined)?.startIndex),
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
