import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectedComponents, createCompactIndex, createTerritory, DEFAULT_WORLDS } from "@catalyse/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  findSeedArticle,
  missingExcerpts,
  seedEcosystem,
} from "../../../../scripts/datasets/build-seed-ecosystem.js";
import { writeTerritoryFolder } from "../../../../scripts/datasets/territory-writer.js";
import { REPO_ROOT } from "./dataset-folders.js";
import { territoryInput } from "./territory-input.js";

const FOLDER = join(REPO_ROOT, "datasets/seed-ecosystem");
const seed = seedEcosystem();
const articlePath = findSeedArticle();
const scratch = mkdtempSync(join(tmpdir(), "catalyse-seed-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The relations the article states; any other type must say it is implied. */
const STATED_TYPES = [
  "founded",
  "inspiration",
  "steering-committee",
  "working-group",
  "expertise-sharing",
  "support",
  "training",
  "co-initiated",
];

describe("datasets/seed-ecosystem", () => {
  it("is exactly what the committed transcription writes (rerun build-seed-ecosystem.ts after editing it)", () => {
    writeTerritoryFolder(scratch, seed);
    for (const file of ["actors.csv", "links.csv", "territory.json"])
      expect(readFileSync(join(scratch, file), "utf8"), file).toBe(readFileSync(join(FOLDER, file), "utf8"));
  });

  it.skipIf(articlePath === undefined)("quotes the founding article verbatim in every evidence cell", () => {
    const article = readFileSync(articlePath!, "utf8");
    for (const link of seed.links)
      expect(missingExcerpts(link, article), `${link.source}–${link.target}`).toEqual([]);
  });

  it("names the organisations of the article's four examples", () => {
    const ids = new Set(seed.actors.map((actor) => actor.id));
    for (const id of [
      "gaia",
      "labo-partenariats-grenoble",
      "alsace-active",
      "arf",
      "groupe-la-poste",
      "alliance-dynamique",
      "cress-bretagne",
      "le-rameau",
      "fondation-rte",
      "petr-grand-clermont",
      "fonds-odd-17",
      "cese",
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it("gives every actor one of the six worlds, the basis of that world, a territory and a name from the text", () => {
    for (const actor of seed.actors) {
      expect(DEFAULT_WORLDS, actor.id).toContain(actor.world);
      expect(actor.attributes.world_basis, actor.id).toMatch(/^(stated|implied|evident): /);
      expect(actor.attributes.territory, actor.id).toMatch(/\S/);
      expect(actor.attributes.named_as, actor.id).toMatch(/\S/);
      expect(actor.lat === null, actor.id).toBe(actor.lon === null);
    }
  });

  it("types every link as a stated relation or as implied-…, and dates it only with a date basis", () => {
    for (const link of seed.links) {
      const name = `${link.source}–${link.target}`;
      expect(STATED_TYPES.includes(link.type) || link.type.startsWith("implied-"), name).toBe(true);
      expect(link.attributes.evidence, name).toMatch(/\S/);
      expect(link.attributes.date_basis === null, name).toBe(link.start === null);
    }
  });

  it("builds without warning: 36 actors, 54 links in the 4 components its README documents", () => {
    const { graph, warnings } = createTerritory(territoryInput(seed));
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(36);
    expect(graph.size).toBe(54);
    const { sizes } = connectedComponents(createCompactIndex(graph));
    expect([...sizes].sort((a, b) => b - a)).toEqual([31, 2, 2, 1]);
  });
});
