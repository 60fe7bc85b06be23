/**
 * Done-when tests of issue 13 on every bundled dataset, in both languages:
 * each number a reading prints is one of its figures as formatted, every
 * message exists in both languages (rendering throws otherwise), and French
 * readings hold no English sentence.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AnalysisDocument,
  analyze,
  buildTimeline,
  type ComparisonInput,
  compareTerritories,
  isSyntheticTerritory,
  type QapTerritoryResult,
  qapTerritory,
  sameWorldQap,
  type TimelineResult,
} from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { beforeAll, describe, expect, it } from "vitest";
import {
  actorMessages,
  actorReadings,
  analysisMessages,
  analysisReadings,
  comparisonMessages,
  comparisonReadings,
  LANGS,
  qapMessages,
  qapReadings,
  type Reading,
  type ReadingMessage,
  timelineMessages,
  timelineReadings,
} from "../src/index.js";
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
const timelines = new Map<string, TimelineResult>();
const comparisonInputs: ComparisonInput[] = [];
const qapResults: { folder: string; name: string; directed: boolean; result: QapTerritoryResult }[] = [];
/** The territories QAP runs on here: small enough for permutations in a unit test. */
const QAP_FOLDERS = ["seed-ecosystem", "01-val-d-exemple", "02-presqu-ile-fictive", "03-plateau-imaginaire"];

beforeAll(async () => {
  for (const folder of folders) {
    const { graph } = await readTerritoryPath(folder);
    // The seed ecosystem with null models too, so that their readings are checked.
    const nullModels = folder.endsWith("seed-ecosystem") ? 20 : 0;
    // Every dataset with its kinds of alliance, so that the layers reading is checked.
    const document = analyze(graph, { middle: { nullModels }, byType: true });
    documents.set(folder, document);
    const dated = graph.someEdge((_e, attributes) => attributes.start !== null);
    if (dated) timelines.set(folder, buildTimeline(graph));
    if (QAP_FOLDERS.some((end) => folder.endsWith(end)))
      for (const method of ["ols", "logistic"] as const)
        qapResults.push({
          folder,
          name: graph.getAttribute("name"),
          directed: graph.type === "directed",
          result: qapTerritory(graph, { predictors: ["same-world", "distance"], permutations: 49, method }),
        });
    if (folder.includes("pilots") || folder.endsWith("seed-ecosystem"))
      comparisonInputs.push({
        name: graph.getAttribute("name"),
        document,
        synthetic: isSyntheticTerritory(graph),
        // The QAP same-world column too (no permutations: its coefficient is what the readings may cite).
        qap: sameWorldQap(graph, { permutations: 0 }),
      });
  }
}, 600_000);

function expectFiguresExplainNumbers(readings: Reading[], messages: ReadingMessage[], lang: "fr" | "en") {
  expect(readings.length).toBe(messages.length);
  readings.forEach((reading, i) => {
    expect(unexplainedNumbers(reading, messages[i]!, lang), `${reading.id}: ${reading.text}`).toEqual([]);
  });
}

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
  it("timelines of every dated dataset: numbers are figures, French has no English", () => {
    expect(timelines.size).toBeGreaterThanOrEqual(11);
    for (const [folder, timeline] of timelines) {
      const messages = timelineMessages(timeline);
      expect(messages.length, folder).toBeGreaterThan(2);
      // Every rising broker rose: rank up and share of brokerage up.
      for (const broker of timeline.signals.risingBrokers?.brokers ?? []) {
        expect(broker.rankAfter, `${folder} ${broker.label}`).toBeLessThan(broker.rankBefore ?? Infinity);
        expect(broker.shareAfter, `${folder} ${broker.label}`).toBeGreaterThan(broker.shareBefore);
      }
      for (const lang of LANGS)
        expectFiguresExplainNumbers(timelineReadings(timeline, { lang }), messages, lang);
      for (const reading of timelineReadings(timeline, { lang: "fr" })) {
        const names = Object.values(reading.figures).filter((v): v is string => typeof v === "string");
        expect(englishWords(reading.text, names), reading.text).toEqual([]);
      }
    }
  });
  it("the comparison of the pilots and the seed ecosystem, alone and with the seed as focus", () => {
    const comparison = compareTerritories(comparisonInputs);
    expect(comparison.rows.filter((row) => row.figures.qapSameWorld !== null).length).toBe(
      comparison.rows.length,
    );
    const focus = comparisonInputs.find((input) => !input.synthetic)!.name;
    for (const options of [{}, { focus }]) {
      const messages = comparisonMessages(comparison, options);
      for (const lang of LANGS)
        expectFiguresExplainNumbers(comparisonReadings(comparison, { ...options, lang }), messages, lang);
      for (const reading of comparisonReadings(comparison, { ...options, lang: "fr" })) {
        const names = Object.values(reading.figures).filter((v): v is string => typeof v === "string");
        expect(englishWords(reading.text, names), reading.text).toEqual([]);
      }
    }
  });
  it("core–periphery and kinds-of-alliance readings appear where the document has them", () => {
    const ids = [...documents.values()].flatMap((document) => analysisMessages(document).map((m) => m.id));
    // Star-shaped pilots read as a single actor at the centre, the others as no clear core.
    expect(ids).toContain("methods.core-periphery.single");
    expect(ids).toContain("methods.core-periphery.none");
    expect(ids.filter((id) => id.startsWith("methods.layers.")).length).toBeGreaterThanOrEqual(11);
  });
  it("QAP readings: numbers are figures, French has no English, one effect per predictor", () => {
    expect(qapResults.length).toBe(2 * QAP_FOLDERS.length);
    for (const { folder, name, directed, result } of qapResults) {
      const messages = qapMessages(result, { name, directed });
      expect(messages.filter((m) => m.id === "methods.qap.effect").length, folder).toBe(2);
      for (const lang of LANGS)
        expectFiguresExplainNumbers(qapReadings(result, { name, directed, lang }), messages, lang);
      for (const reading of qapReadings(result, { name, directed, lang: "fr" })) {
        const names = Object.values(reading.figures).filter((v): v is string => typeof v === "string");
        expect(englishWords(reading.text, names), reading.text).toEqual([]);
      }
    }
  });
  it("actor readings of every actor of every dataset: numbers are figures, French has no English", () => {
    for (const document of documents.values()) {
      for (const actor of document.actors) {
        const messages = actorMessages(document, actor.id);
        for (const lang of LANGS)
          expectFiguresExplainNumbers(actorReadings(document, actor.id, { lang }), messages, lang);
        for (const reading of actorReadings(document, actor.id, { lang: "fr" }))
          expect(englishWords(reading.text, [actor.label, actor.world]), reading.text).toEqual([]);
      }
    }
  });
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
