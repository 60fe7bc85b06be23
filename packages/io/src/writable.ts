/**
 * What each writer can hold. XML 1.0 (GEXF, GraphML, XLSX) has no way to
 * write most control characters, even as references, and our CSV reader
 * refuses them as the mark of a binary file; a lone UTF-16 surrogate becomes
 * U+FFFD in any UTF-8 file. Writers used to drop such characters, so the file
 * read back with other ids, or failed. They now refuse the territory before
 * writing anything, naming the value; JSON holds every string and is suggested.
 */
import type { AttributeValue, TerritoryGraph } from "@catalyse/core";
import type { TerritoryFormat } from "./formats.js";

const XML_UNWRITABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// The characters decodeText takes for a binary file (see decode.ts), and lone surrogates.
const CSV_UNWRITABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A value a writer cannot write so that it reads back the same. */
export class UnwritableValueError extends Error {
  /** What the value is: `actor id`, `label of actor "a"`… */
  readonly what: string;
  readonly value: string;
  readonly format: TerritoryFormat;

  constructor(format: TerritoryFormat, what: string, value: string, character: string) {
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    super(
      `cannot write ${what} ${JSON.stringify(value)} as ${format.toUpperCase()}: it holds the character ${code}, ` +
        `which ${format === "csv" ? "a CSV file" : "XML"} cannot hold so that it reads back the same; ` +
        "remove it from the input, or export as JSON, which holds every character",
    );
    this.name = "UnwritableValueError";
    this.what = what;
    this.value = value;
    this.format = format;
  }
}

/** @throws {UnwritableValueError} for the first text of the territory `format` cannot hold. */
export function assertWritable(graph: TerritoryGraph, format: TerritoryFormat): void {
  if (format === "json") return;
  const pattern = format === "csv" ? CSV_UNWRITABLE : XML_UNWRITABLE;
  const check = (what: string, value: unknown) => {
    if (typeof value !== "string") return;
    const match = pattern.exec(value);
    if (match !== null) throw new UnwritableValueError(format, what, value, match[0]);
  };
  const checkAttributes = (owner: string, attributes: Record<string, AttributeValue> | undefined) => {
    for (const [name, value] of Object.entries(attributes ?? {})) {
      check(`attribute name of ${owner}`, name);
      check(`attribute "${name}" of ${owner}`, value);
    }
  };
  const meta = graph.getAttributes();
  for (const key of ["name", "description", "source"] as const) check(`territory ${key}`, meta[key]);
  for (const world of meta.worlds ?? []) check("world", world);
  graph.forEachNode((_key, attrs) => {
    check("actor id", attrs.id);
    const owner = `actor ${JSON.stringify(attrs.id)}`;
    check(`label of ${owner}`, attrs.label);
    check(`world of ${owner}`, attrs.world);
    checkAttributes(owner, attrs.attributes);
  });
  graph.forEachEdge((_key, attrs, _s, _t, sourceAttrs, targetAttrs) => {
    const owner = `the link ${JSON.stringify(sourceAttrs.id)} – ${JSON.stringify(targetAttrs.id)}`;
    for (const type of attrs.types) check(`type of ${owner}`, type);
    checkAttributes(owner, attrs.attributes);
  });
}
