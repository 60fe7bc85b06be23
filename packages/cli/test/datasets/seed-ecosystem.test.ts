import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  analyze,
  connectedComponents,
  createCompactIndex,
  createTerritory,
  DEFAULT_WORLDS,
} from "@catalyse/core";
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
    for (const file of ["actors.csv", "links.csv", "territory.json", "collectives.csv", "memberships.csv"])
      expect(readFileSync(join(scratch, file), "utf8"), file).toBe(readFileSync(join(FOLDER, file), "utf8"));
  });

  // The article sits in the project's shared folder, ../shared/seeds/ from the repository root;
  // only a clone without that folder skips this.
  it.skipIf(articlePath === undefined)("quotes the founding article verbatim in every evidence cell", () => {
    const article = readFileSync(articlePath!, "utf8");
    for (const link of seed.links)
      expect(missingExcerpts(link, article), `${link.source}–${link.target}`).toEqual([]);
    for (const collective of seed.collectives ?? [])
      expect(missingExcerpts(collective, article), collective.id).toEqual([]);
    for (const m of seed.memberships ?? [])
      expect(missingExcerpts(m, article), `${m.collective} ∋ ${m.actor}`).toEqual([]);
  });

  it("names the organisations of the article's four examples", () => {
    const ids = new Set(seed.actors.map((actor) => actor.id));
    for (const id of [
      "gaia",
      "labo-partenariats-grenoble",
      "alsace-active",
      "arf",
      "groupe-la-poste",
      "cress-bretagne",
      "le-rameau",
      "fondation-rte",
      "petr-grand-clermont",
      "fonds-odd-17",
      "cese",
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it("holds the article's collectives, links that only flattened them gone", () => {
    expect((seed.collectives ?? []).map((c) => c.id)).toEqual([
      "copil-gaia-2021",
      "groupe-travail-labo-alsace",
      "alliance-dynamique",
      "cooperations-cress-bretagne",
      "formation-poles-ess-bretagne",
      "experimentation-massif-central",
    ]);
    const flattened = new Set([
      "steering-committee",
      "working-group",
      "implied-project",
      "training",
      "co-initiated",
    ]);
    expect(seed.links.filter((link) => flattened.has(link.type))).toEqual([]);
    const members = (id: string) => (seed.memberships ?? []).filter((m) => m.collective === id);
    expect(members("copil-gaia-2021")).toHaveLength(14);
    expect(
      members("copil-gaia-2021")
        .filter((m) => m.role === "convener")
        .map((m) => m.actor),
    ).toEqual(["gaia"]);
    expect(members("experimentation-massif-central").map((m) => m.role)).not.toContain("convener");
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

  it("builds without warning: 35 actors, 10 links, 6 collectives, and the 4 components its README documents once co-membership counts", () => {
    const { graph, warnings } = createTerritory(territoryInput(seed));
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(35);
    expect(graph.size).toBe(10);
    const document = analyze(graph);
    expect(document.graph.links).toBe(142);
    expect(document.collectives).toHaveLength(6);
    const { sizes } = connectedComponents(createCompactIndex(graph));
    expect(sizes.length).toBe(27);
    expect(document.graph.components).toBe(4);
  });

  it("reads no one in the middle with collectives: GAIA convenes, Le RAMEAU bridges, brokerage rests on collectives", () => {
    const document = analyze(createTerritory(territoryInput(seed)).graph);
    const figures = document.graph.collectives!;
    expect(figures.brokerage.restsOn).toBe("collectives");
    expect(figures.brokerage.collectiveShare).toBeCloseTo(0.6865, 4);
    const gaia = figures.brokerage.conveners!.find((c) => c.actor === "gaia")!;
    // Drawn as a star around GAIA, the committee made it the broker of 58% of paths; as co-presence, 19%.
    expect(gaia.betweennessAsStar).toBeCloseTo(0.5814, 4);
    expect(gaia.betweennessAsCoPresence).toBeCloseTo(0.1857, 4);
    expect(figures.brokerage.gatekeepers.map((g) => g.actor)).toEqual(["le-rameau"]);
    expect(figures.memberShare).toBeCloseTo(29 / 35, 12);
    expect(figures.crossWorld).toBe(4);
    const twoMode = new Map(document.actors.map((a) => [a.id, a.twoMode]));
    expect(twoMode.get("presidence-republique")).toBeNull();
    expect(twoMode.get("le-rameau")?.degree).toBeCloseTo(4 / 6, 12);
  });
});
