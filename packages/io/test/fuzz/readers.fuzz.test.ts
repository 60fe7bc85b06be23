/**
 * Fuzzing every reader: valid files of every format, mutated as a careless
 * tool or an adversary would (byte flips, truncations, inserted quotes,
 * separators, line breaks, markup and entities, swapped ranges), must each give
 * a territory or the typed InputError, never another exception, within a time
 * limit per input.
 *
 * Seeded: a failure prints its seed and path, and `CATALYSE_FUZZ_SEED=… ` replays it.
 * CI runs a short pass; `pnpm fuzz` a long one (CATALYSE_FUZZ_RUNS, default 60 per format here).
 */
import { createTerritory } from "@catalyse/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTerritoryCsv } from "../../src/csv/read-territory-csv.js";
import { InputError } from "../../src/errors.js";
import { readTerritoryFile } from "../../src/read-territory-file.js";
import { writeTerritory } from "../../src/write-territory.js";

const RUNS = Number(process.env.CATALYSE_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.CATALYSE_FUZZ_SEED ?? 20261205);
/** Generous: the machine is shared; a hang or a quadratic blow-up takes far longer. */
const MS_PER_INPUT = 5_000;

const base = createTerritory({
  meta: { name: "fuzz", actorAttributeTypes: { code: "string", budget: "number" } },
  actors: [
    {
      id: "a",
      label: "Mairie d'Été",
      world: "collectivité",
      lat: 45.1,
      lon: 4.2,
      attributes: { code: "007", budget: 12.5 },
    },
    {
      id: "__proto__",
      label: "<b>&amp;</b>",
      world: "association",
      attributes: { code: "01000", budget: 1e308 },
    },
    { id: "constructor", label: '"=1+1"', world: "entreprise", attributes: { code: "x;y", budget: 5e-324 } },
  ],
  links: [
    { source: "a", target: "__proto__", weight: 2.5, type: "subvention", start: "2012", end: "2014-05" },
    { source: "__proto__", target: "constructor", weight: null, type: "convention", start: "2013-02-28" },
  ],
}).graph;

const INSERTS = [
  '"',
  "'",
  ",",
  ";",
  "\t",
  "\n",
  "\r",
  "<",
  ">",
  "</",
  "<!--",
  "&",
  "&amp;",
  "&#0;",
  "&#xD800;",
  "<!DOCTYPE x>",
  "]]>",
  "{",
  "}",
  "[",
  "]",
  ":",
  "\\",
  "\u0000",
  "\u00e9",
  "\ufeff",
  "1e999",
  "-0",
  "NaN",
  ' constructor="x"',
  "<__proto__/>",
  "<?pi <?>",
  "<?xml ?>",
  '<!ENTITY e SYSTEM "file:///etc/passwd">',
  '<c r="XFD1048577">',
  "0x10",
];

type Mutation =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "swap"; a: number; b: number; length: number }
  | { kind: "repeat"; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({
    kind: fc.constant("swap" as const),
    a: fc.nat(),
    b: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant("repeat" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 32 }),
    times: fc.integer({ min: 2, max: 200 }),
  }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let data: Uint8Array = Uint8Array.from(bytes);
  for (const m of mutations) {
    const size = Math.max(data.length, 1);
    switch (m.kind) {
      case "flip":
        if (data.length > 0) data[m.at % data.length] = m.byte;
        break;
      case "truncate":
        data = data.slice(0, m.at % size);
        break;
      case "insert": {
        const at = m.at % size;
        data = concat(data.slice(0, at), new TextEncoder().encode(m.text), data.slice(at));
        break;
      }
      case "swap": {
        const a = m.a % size;
        const b = m.b % size;
        const first = data.slice(a, a + m.length);
        const second = data.slice(b, b + m.length);
        if (a + first.length <= b)
          data = concat(
            data.slice(0, a),
            second,
            data.slice(a + first.length, b),
            first,
            data.slice(b + second.length),
          );
        break;
      }
      case "repeat": {
        const at = m.at % size;
        const piece = data.slice(at, at + m.length);
        data = concat(data.slice(0, at), ...Array.from({ length: m.times }, () => piece), data.slice(at));
        break;
      }
    }
  }
  return data;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const bytesOf = (data: string | Uint8Array) =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;

/** Runs a read; anything but success or an InputError naming a file fails the property. */
function readsOrRefuses(read: () => unknown): void {
  const started = performance.now();
  try {
    read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) expect(problem.file).not.toBe("");
  }
  expect(performance.now() - started).toBeLessThan(MS_PER_INPUT);
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

describe("fuzzed readers give a territory or the typed InputError", () => {
  for (const format of ["xlsx", "gexf", "graphml", "json"] as const) {
    const [file] = writeTerritory(base, format);
    it(`${format}`, { timeout: 60_000 + RUNS * 500 }, () => {
      fc.assert(
        fc.property(mutations, (list) => {
          readsOrRefuses(() =>
            readTerritoryFile({ name: file!.name, data: mutate(bytesOf(file!.data), list) }),
          );
        }),
        params,
      );
    });
  }

  it("xlsx parts (mutated inside the archive)", { timeout: 60_000 + RUNS * 500 }, async () => {
    const { unzipSync, zipSync } = await import("fflate");
    const parts = unzipSync(bytesOf(writeTerritory(base, "xlsx")[0]!.data));
    const names = Object.keys(parts).sort();
    fc.assert(
      fc.property(fc.constantFrom(...names), mutations, (name, list) => {
        const data = zipSync({ ...parts, [name]: mutate(parts[name]!, list) });
        readsOrRefuses(() => readTerritoryFile({ name: "t.xlsx", data }));
      }),
      params,
    );
  });

  it("csv folder", { timeout: 60_000 + RUNS * 500 }, () => {
    const files = writeTerritory(base, "csv");
    const data = (name: string) => bytesOf(files.find((f) => f.name === name)!.data);
    fc.assert(
      fc.property(fc.constantFrom("actors.csv", "links.csv", "territory.json"), mutations, (target, list) => {
        const file = (name: string) => ({
          name,
          data: name === target ? mutate(data(name), list) : data(name),
        });
        readsOrRefuses(() =>
          readTerritoryCsv({
            actors: file("actors.csv"),
            links: file("links.csv"),
            territory: file("territory.json"),
          }),
        );
      }),
      params,
    );
  });
});
