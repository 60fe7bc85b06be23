/**
 * Done-when tests of issue 13 on every bundled dataset, in both languages:
 * each number a reading prints is one of its figures as formatted, every
 * message exists in both languages (rendering throws otherwise), and French
 * readings hold no English sentence.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type AnalysisDocument, analyze } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { beforeAll, describe, expect, it } from "vitest";
import { analysisMessages, analysisReadings, LANGS } from "../src/index.js";
import { unexplainedNumbers } from "./helpers/numbers.js";

const DATASETS = fileURLToPath(new URL("../../../datasets/", import.meta.url));

/** Every territory folder under datasets/ (a folder holding actors and links files). */
function territoryFolders(folder: string): string[] {
  const entries = readdirSync(folder);
  if (entries.some((name) => /^(actors|acteurs)\.csv$/i.test(name))) return [folder];
  return entries
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap(territoryFolders);
}

/** Words that only English sentences use; none may appear in a French reading outside names. */
const ENGLISH_WORDS = [
  "the",
  "of",
  "and",
  "with",
  "between",
  "which",
  "actor",
  "actors",
  "link",
  "links",
  "would",
  "their",
  "every",
  "most",
  "than",
  "from",
  "only",
  "through",
  "is",
  "are",
  "world",
  "worlds",
  "share",
  "top",
  "brokers",
  "brokerage",
  "chance",
  "none",
  "evidence",
];

function englishWords(text: string, names: readonly string[]): string[] {
  let stripped = text;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    stripped = stripped.split(name).join(" ");
  return stripped
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => ENGLISH_WORDS.includes(word));
}

const folders = territoryFolders(DATASETS);
const documents = new Map<string, AnalysisDocument>();

beforeAll(async () => {
  for (const folder of folders) {
    const { graph } = await readTerritoryPath(folder);
    // The seed ecosystem with null models too, so that their readings are checked.
    const nullModels = folder.endsWith("seed-ecosystem") ? 20 : 0;
    documents.set(folder, analyze(graph, { middle: { nullModels } }));
  }
}, 600_000);

describe("readings of every bundled dataset", () => {
  it("finds the bundled datasets", () => {
    expect(folders.length).toBeGreaterThanOrEqual(14);
  });
  for (const folder of folders) {
    const name = relative(DATASETS, folder);
    for (const lang of LANGS)
      it(`${name} (${lang}): every number printed is one of the reading's figures`, () => {
        const document = documents.get(folder)!;
        const messages = analysisMessages(document);
        const readings = analysisReadings(document, { lang });
        expect(readings.length).toBeGreaterThan(5);
        readings.forEach((reading, i) => {
          expect(unexplainedNumbers(reading, messages[i]!, lang), `${reading.id}: ${reading.text}`).toEqual(
            [],
          );
        });
      });
    it(`${name} (fr): no English sentence`, () => {
      const document = documents.get(folder)!;
      const names = [...document.actors.map((a) => a.label), ...document.actors.map((a) => a.world)];
      for (const reading of analysisReadings(document, { lang: "fr" }))
        expect(englishWords(reading.text, names), reading.text).toEqual([]);
    });
  }
  it("the seed ecosystem's readings cite its null models", () => {
    const document = [...documents].find(([folder]) => folder.endsWith("seed-ecosystem"))![1];
    const ids = analysisReadings(document, { lang: "en" }).map((r) => r.id);
    expect(ids).toContain("reading.null-models");
  });
});

describe("the number check itself", () => {
  it("flags a number that is no figure", () => {
    const message = {
      id: "reading.components.many" as const,
      figures: { "graph.components": 4 },
      params: {},
    };
    const reading = {
      id: message.id,
      text: "4 pieces; the largest holds 86% of the actors.",
      figures: message.figures,
    };
    expect(unexplainedNumbers(reading, message, "en")).toEqual(["86"]);
  });
  it("does not take 48 % for the figure 4", () => {
    const message = { id: "reading.components.many" as const, figures: { x: 4 }, params: {} };
    const reading = { id: message.id, text: "48%", figures: message.figures };
    expect(unexplainedNumbers(reading, message, "en")).toEqual(["48"]);
  });
});
