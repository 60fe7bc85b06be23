/**
 * Where things are in a JSON text, so that problems found after `JSON.parse`
 * (an edge to an unknown node, a wrong type in territory.json) can still name
 * a line: the line of each element of a top-level array, and of each
 * top-level key.
 */

export interface JsonLines {
  /** Line of each element of the top-level arrays, by key (`nodes`, `edges`). */
  elements: Map<string, number[]>;
  /** Line of each top-level key. */
  keys: Map<string, number>;
}

/** Scans a JSON text (already known to parse) for the lines of its top-level keys and array elements. */
export function jsonLines(text: string): JsonLines {
  const elements = new Map<string, number[]>();
  const keys = new Map<string, number>();
  let line = 1;
  let depth = 0;
  let inTopArray = false;
  let topKey: string | undefined;
  let expectingKey = false;
  let elementPending = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\n") {
      line++;
      continue;
    }
    if (char === " " || char === "\t" || char === "\r") continue;
    // The first character of an element of a top-level array (depth 2 inside the root object).
    if (elementPending && depth === 2 && char !== "]") {
      elements.get(topKey ?? "")?.push(line);
      elementPending = false;
    }
    if (char === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (depth === 1 && expectingKey) {
        topKey = JSON.parse(text.slice(start, i + 1)) as string;
        keys.set(topKey, line);
        expectingKey = false;
      }
      continue;
    }
    if (char === "{" || char === "[") {
      depth++;
      if (depth === 1) expectingKey = char === "{";
      if (depth === 2) {
        inTopArray = char === "[" && topKey !== undefined;
        if (inTopArray) elements.set(topKey!, []);
        elementPending = inTopArray;
      }
    } else if (char === "}" || char === "]") depth--;
    else if (char === ",") {
      if (depth === 1) expectingKey = true;
      if (depth === 2) elementPending = inTopArray;
    }
  }
  return { elements, keys };
}
