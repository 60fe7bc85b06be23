/**
 * Timeline readings on collectives, in both languages: the seed ecosystem
 * (collectives formed from 2014 to 2021, a training that ended in 2021) and a
 * territory built for the case (a consortium joined by five actors, read
 * with a two-year step), with the counter-examples: no collectives, no
 * reading; a collective without dates is never said to have started.
 */
import { fileURLToPath } from "node:url";
import { buildTimeline, createTerritory, type TerritoryInput, type TimelineResult } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { describe, expect, it } from "vitest";
import { type Lang, timelineMessages, timelineReadings } from "../src/index.js";
import { unexplainedNumbers } from "./helpers/numbers.js";

const SEED = fileURLToPath(new URL("../../../datasets/seed-ecosystem", import.meta.url));

const collectiveReadings = (timeline: TimelineResult, lang: Lang) =>
  timelineReadings(timeline, { lang }).filter((r) => r.id.startsWith("timeline.collective"));

/** Every number each reading prints is one of its figures. */
function expectNumbersAreFigures(timeline: TimelineResult): void {
  const messages = timelineMessages(timeline);
  for (const lang of ["en", "fr"] as const)
    timelineReadings(timeline, { lang }).forEach((reading, i) => {
      expect(unexplainedNumbers(reading, messages[i]!, lang), `${reading.id}: ${reading.text}`).toEqual([]);
    });
}

/** A consortium from 2010 that five actors join by 2012, and a circle without dates whose members come in 2014. */
const CONSORTIUM: TerritoryInput = {
  actors: ["a", "b", "c", "d", "e", "f", "g", "h"].map((id, i) => ({
    id,
    label: `Actor ${id.toUpperCase()}`,
    world: i % 2 === 0 ? "association" : "entreprise",
  })),
  links: [
    { source: "a", target: "b", start: "2010" },
    { source: "c", target: "d", start: "2010" },
    { source: "e", target: "f", start: "2010" },
    { source: "g", target: "h", start: "2010" },
  ],
  collectives: [
    { id: "consortium", label: "Consortium", start: "2010" },
    { id: "circle", label: "Circle" },
  ],
  memberships: [
    { collective: "consortium", actor: "a" },
    ...["b", "c", "d", "e", "f"].map((actor) => ({ collective: "consortium", actor, start: "2011" })),
    { collective: "circle", actor: "g", start: "2014" },
    { collective: "circle", actor: "h", start: "2014" },
  ],
};

describe("timeline readings on collectives", () => {
  it("read the seed ecosystem: collectives formed and ended on their own dates, share and cross-world", async () => {
    const timeline = buildTimeline((await readTerritoryPath(SEED)).graph);
    const en = collectiveReadings(timeline, "en");
    expect(en.map((r) => r.id)).toEqual([
      "timeline.collectives-formed",
      "timeline.collectives-ended",
      "timeline.collective-share",
      "timeline.collective-cross-world",
    ]);
    expect(en[0]!.text).toBe(
      "Collectives formed: Alliance Dynamique (Groupe La Poste et 53 réseaux de l'ESS) in 2014; " +
        "Formation des responsables des pôles ESS locaux (3 sessions) and Expérimentation « L'ODD 17 en pratique » " +
        "dans le Massif Central in 2020; Comité de pilotage des partenaires de GAIA (2021) in 2021.",
    );
    // The undated CRESS Bretagne project, and the 2012 working group at the first step, are not said to start.
    expect(en[0]!.text).not.toMatch(/CRESS|Groupe de travail/);
    expect(en[1]!.text).toBe(
      "Collectives ended: Formation des responsables des pôles ESS locaux (3 sessions) in 2021.",
    );
    expect(en[2]!.figures).toMatchObject({
      "signals.collectiveChanges.memberShare.fromYear": 2012,
      "signals.collectiveChanges.memberShare.toYear": 2022,
    });
    expect(en[2]!.text).toMatch(
      /^The share of actors in at least one collective went from 69% in 2012 to 85% in 2022\.$/,
    );
    expect(en[3]!.text).toBe("Collectives bringing together several worlds: 2 in 2012, 4 in 2022.");
    const fr = collectiveReadings(timeline, "fr");
    expect(fr[1]!.text).toBe(
      "Collectifs arrivés à leur terme : Formation des responsables des pôles ESS locaux (3 sessions) en 2021.",
    );
    expect(fr[2]!.text).toMatch(
      /^La part des acteurs membres d’au moins un collectif est passée de 69\s%\sen 2012 à 85\s%\sen 2022\.$/u,
    );
    expectNumbersAreFigures(timeline);
  });

  it("name at most three new members, with the count, over a two-year step; never start a collective without dates", () => {
    const timeline = buildTimeline(createTerritory(CONSORTIUM).graph, { step: 2 });
    expect(timeline.steps.map((s) => s.year)).toEqual([2010, 2012, 2014]);
    const en = collectiveReadings(timeline, "en");
    expect(en.map((r) => r.id)).toEqual([
      "timeline.collective-joins",
      "timeline.collective-share",
      "timeline.collective-cross-world",
    ]);
    expect(en[0]!.text).toBe(
      "New members in collectives that already existed: Consortium between 2010 and 2012 (5 actors, among them Actor B, Actor C and Actor D).",
    );
    expect(en[1]!.text).toBe(
      "The share of actors in at least one collective went from 13% in 2010 to 100% in 2014.",
    );
    expect(en[2]!.text).toBe("Collectives bringing together several worlds: 0 in 2010, 2 in 2014.");
    expect(collectiveReadings(timeline, "fr")[0]!.text).toBe(
      "Nouveaux membres de collectifs qui existaient déjà : Consortium entre 2010 et 2012 (5 acteurs, dont Actor B, Actor C et Actor D).",
    );
    expectNumbersAreFigures(timeline);
  });

  it("say nothing of collectives for a territory without any", () => {
    const { collectives: _c, memberships: _m, ...plain } = CONSORTIUM;
    const timeline = buildTimeline(createTerritory(plain).graph);
    expect(timeline.signals.collectiveChanges).toBeNull();
    for (const lang of ["en", "fr"] as const) expect(collectiveReadings(timeline, lang)).toEqual([]);
  });

  it("say nothing when collectives have no dates and do not change", () => {
    const timeline = buildTimeline(
      createTerritory({
        ...CONSORTIUM,
        collectives: [{ id: "circle", label: "Circle" }],
        memberships: [
          { collective: "circle", actor: "a" },
          { collective: "circle", actor: "b" },
        ],
      }).graph,
    );
    expect(collectiveReadings(timeline, "en")).toEqual([]);
  });
});
