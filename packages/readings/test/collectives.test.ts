/**
 * "No one in the middle" with collectives, read in both languages: the seed
 * ecosystem (brokerage resting on its collectives, GAIA convening, Le RAMEAU
 * bridging) and a territory built so that brokerage rests on one actor.
 */
import { fileURLToPath } from "node:url";
import { analyze, createTerritory } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { describe, expect, it } from "vitest";
import { analysisMessages, analysisReadings } from "../src/index.js";

const SEED = fileURLToPath(new URL("../../../datasets/seed-ecosystem", import.meta.url));

describe("collectives readings", () => {
  it("reads the seed ecosystem: brokerage rests on collectives, GAIA convenes, Le RAMEAU bridges", async () => {
    const document = analyze((await readTerritoryPath(SEED)).graph);
    const ids = analysisMessages(document)
      .map((m) => m.id)
      .filter((id) => id.startsWith("collectives."));
    expect(ids).toEqual([
      "collectives.overview",
      "collectives.projection.newman",
      "collectives.rests-on.collectives",
      "collectives.convener",
      "collectives.convener",
      "collectives.gatekeeper",
    ]);
    const fr = analysisReadings(document, { lang: "fr" }).filter((r) => r.id.startsWith("collectives."));
    expect(fr[2]?.text).toMatch(/les collectifs portent 69\s%\sde l’intermédiation/u);
    expect(fr[3]?.text).toMatch(
      /^GAIA réunit Comité de pilotage des partenaires de GAIA \(2021\)\s: .* 58\s% .* 19\s%/u,
    );
    expect(fr[5]?.text).toMatch(/^Le RAMEAU est le seul membre commun à 5 paires/);
    const en = analysisReadings(document, { lang: "en" }).filter((r) => r.id.startsWith("collectives."));
    expect(en[0]?.text).toBe(
      "6 collectives (committees, projects, consortia…) gather 83% of the actors; 4 bring together members of several worlds.",
    );
  });

  it("says when brokerage rests on one actor, and reads nothing without collectives", () => {
    // A hub alone in four two-member collectives with otherwise unrelated actors.
    const actors = ["hub", "a", "b", "c", "d"].map((id) => ({
      id,
      world: id === "hub" ? "État" : "association",
    }));
    const collectives = ["p", "q", "r", "s"].map((id) => ({ id, label: `Projet ${id.toUpperCase()}` }));
    const memberships = ["a", "b", "c", "d"].flatMap((actor, i) => [
      { collective: collectives[i]!.id, actor: "hub", role: "member" },
      { collective: collectives[i]!.id, actor },
    ]);
    const graph = createTerritory({ actors, links: [], collectives, memberships }).graph;
    const document = analyze(graph);
    expect(document.graph.collectives?.brokerage.restsOn).toBe("one-actor");
    const reading = analysisReadings(document, { lang: "en" }).find(
      (r) => r.id === "collectives.rests-on.one-actor",
    );
    expect(reading?.text).toMatch(
      /^Brokerage rests on one actor rather than on the collectives: .* hub carries \d+% /,
    );
    const plain = analyze(createTerritory({ actors, links: [{ source: "a", target: "b" }] }).graph);
    expect(analysisMessages(plain).some((m) => m.id.startsWith("collectives."))).toBe(false);
  });
});
