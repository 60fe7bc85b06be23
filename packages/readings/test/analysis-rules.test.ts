/**
 * The rules of issue 13, point 3, on the analysis readings, each on a small
 * territory built for it, with the counter-examples the issue lists.
 */
import { describe, expect, it } from "vitest";
import { actorReadings, analysisReadings, type Reading } from "../src/index.js";
import { actorsOf, analyzeSmall, type SmallTerritory } from "./helpers/territory.js";

const byId = (readings: Reading[], id: string) => readings.filter((r) => r.id === id);
const one = (readings: Reading[], id: string) => {
  const found = byId(readings, id);
  expect(found, id).toHaveLength(1);
  return found[0]!;
};

/** A path a0 – a1 – … – a(n−1). */
function path(n: number, world = "w"): SmallTerritory {
  const actors = actorsOf(world, n, "a");
  return { actors, links: actors.slice(1).map((a, i) => [`a${i}`, a.id]) };
}

describe("top x % shares appear only when x % is at least two actors", () => {
  it("on 16 actors no top 1 %, 5 % or 10 % share is read (the issue's counter-example)", () => {
    const readings = analysisReadings(analyzeSmall(path(16)), { lang: "en" });
    expect(byId(readings, "reading.top-shares")).toEqual([]);
    for (const r of readings) expect(r.text).not.toMatch(/top (1|5|10) ?%/);
  });
  it("on 30 actors only the top 10 % (3 actors) is read, saying how many actors that is", () => {
    const reading = one(analysisReadings(analyzeSmall(path(30)), { lang: "en" }), "reading.top-shares");
    expect(reading.text).toMatch(/: the top 10% of actors \(3 actors\) hold \d+%\.$/);
    expect(reading.figures["graph.betweennessShares.top10.actors"]).toBe(3);
  });
  it("on 40 actors the top 5 % is two actors: read too", () => {
    const reading = one(analysisReadings(analyzeSmall(path(40)), { lang: "en" }), "reading.top-shares");
    expect(reading.text).toMatch(
      /the top 5% of actors \(2 actors\) hold [\d.]+% and the top 10% of actors \(4 actors\)/,
    );
    expect(reading.text).not.toMatch(/top 1%/);
  });
});

describe("no top list shows zero values", () => {
  it("lists only the actors with some betweenness (a path of 5: three brokers)", () => {
    const reading = one(analysisReadings(analyzeSmall(path(5)), { lang: "en" }), "reading.top-brokers");
    expect(reading.text).toBe(
      "The actors standing most often between others (betweenness): a2 (0.67), a1 (0.5) and a3 (0.5).",
    );
    expect(reading.text).not.toMatch(/\(0\)/);
  });
  it("a star has one broker: no list, the top broker reading names it", () => {
    const actors = actorsOf("w", 6, "s");
    const star = { actors, links: actors.slice(1).map((a): [string, string] => ["s0", a.id]) };
    const readings = analysisReadings(analyzeSmall(star), { lang: "en" });
    expect(byId(readings, "reading.top-brokers")).toEqual([]);
    expect(one(readings, "reading.top-broker").text).toMatch(/^s0 stands in the middle most often: 100% of/);
  });
});

describe("the top broker: two figures, each named for what it is", () => {
  it("cites its betweenness and its share of all brokerage as two claims, by label", () => {
    const territory = path(5);
    territory.actors[2]!.label = "Maison des alliances";
    const doc = analyzeSmall(territory);
    const reading = one(analysisReadings(doc, { lang: "en" }), "reading.top-broker");
    expect(reading.text).toContain("Maison des alliances stands in the middle");
    expect(reading.text).toContain("67% of the shortest paths between other actors go through it");
    expect(reading.text).toContain(
      `it holds ${Math.round(doc.graph.topBrokerShare! * 100)}% of all brokerage`,
    );
    expect(reading.text).not.toContain("a2");
  });
});

describe("whether the worlds talk: E-I, assortativity and the mixing matrix together", () => {
  // The counter-example: four worlds of three actors, just over half
  // the alliances crossing worlds (E-I 0.06), and an assortativity of 0.29:
  // actors ally within their world far more than chance would give.
  const W = ["a", "b", "c", "d"];
  const links: [string, string][] = [];
  for (const w of W) links.push([`${w}0`, `${w}1`], [`${w}1`, `${w}2`]);
  W.forEach((w, k) => {
    const v = W[(k + 1) % 4]!;
    links.push([`${w}2`, `${v}0`], [`${w}0`, `${v}2`]);
  });
  links.push(["a1", "c1"]);
  const territory: SmallTerritory = { actors: W.flatMap((w) => actorsOf(w, 3)), links };
  const doc = analyzeSmall(territory);

  it("never says worlds mostly ally with other worlds without saying they favour their own (assortativity > 0)", () => {
    expect(doc.graph.worlds.eiIndex!).toBeGreaterThan(0);
    expect(doc.graph.worlds.assortativity!).toBeCloseTo(0.2933, 3);
    const text = one(analysisReadings(doc, { lang: "en" }), "reading.worlds.mixing").text;
    expect(text).toMatch(
      /^Most alliances cross worlds \(53% of alliances, E-I index 0\.06\); actors ally within their own world more than chance would give/,
    );
    expect(text).toContain("(assortativity 0.29)");
    expect(text).not.toMatch(/mostly ally with other worlds/);
  });
  it("the French says the same", () => {
    const text = one(analysisReadings(doc, { lang: "fr" }), "reading.worlds.mixing").text;
    expect(text).toMatch(
      /^La plupart des alliances relient deux mondes \(53\u00a0% des alliances, indice E-I 0,06\) ; les acteurs s’allient dans leur propre monde plus que le hasard/,
    );
  });
  it("names the pairs of worlds that never ally (zero cells of the mixing matrix)", () => {
    const three: SmallTerritory = {
      actors: [...actorsOf("asso", 2), ...actorsOf("firm", 2), ...actorsOf("state", 2)],
      links: [
        ["asso0", "firm0"],
        ["asso1", "state0"],
        ["firm1", "firm0"],
        ["state1", "state0"],
      ],
    };
    const readings = analysisReadings(analyzeSmall(three), { lang: "en" });
    expect(one(readings, "reading.worlds.never").text).toBe("One pair of worlds never allies: firm–state.");
    const fr = analysisReadings(analyzeSmall(three), { lang: "fr" });
    expect(one(fr, "reading.worlds.never").text).toBe("Une paire de mondes ne s’allie jamais : firm–state.");
  });
  it("says whether the preference is beyond chance when null models ran", () => {
    const withNull = analyzeSmall(territory, { middle: { nullModels: 30 } });
    const reading = one(analysisReadings(withNull, { lang: "en" }), "reading.worlds.null");
    const z = withNull.graph.nullModels!.figures.find((f) => f.figure === "worlds.assortativity")!.z!;
    expect(reading.text).toContain(Math.abs(z) > 2 ? "beyond chance" : "within what chance gives");
    expect(reading.text).toMatch(/^Against 30 random shuffles of the worlds/);
    expect(byId(analysisReadings(doc, { lang: "en" }), "reading.worlds.null")).toEqual([]);
  });
});

describe("dependence", () => {
  // A hub h with two pendant partners, in a triangle with x and y; y has one pendant too.
  const territory: SmallTerritory = {
    actors: [
      { id: "h", world: "w", label: "Hub" },
      { id: "p1", world: "w", label: "Pendant one" },
      { id: "p2", world: "w", label: "Pendant two" },
      { id: "x", world: "w", label: "Ex" },
      { id: "y", world: "w", label: "Why" },
      { id: "q", world: "w", label: "Queue" },
    ],
    links: [
      ["h", "p1"],
      ["h", "p2"],
      ["h", "x"],
      ["h", "y"],
      ["x", "y"],
      ["y", "q"],
    ],
  };
  const readings = analysisReadings(analyzeSmall(territory), { lang: "en" });
  it("says that betweenness is recomputed after each departure", () => {
    expect(one(readings, "reading.dependence.targeted").text).toContain(
      "betweenness being recomputed after each departure",
    );
    const fr = analysisReadings(analyzeSmall(territory), { lang: "fr" });
    expect(one(fr, "reading.dependence.targeted").text).toContain(
      "l’intermédiarité étant recalculée après chaque départ",
    );
  });
  it("names the cut vertices that are another actor's only link, and who would be left alone", () => {
    expect(byId(readings, "reading.dependence.only-link").map((r) => r.text)).toEqual([
      "Hub is the only partner of 2 actors (Pendant one and Pendant two): its departure would leave them with no partner at all.",
      "Why is the only partner of 1 actor (Queue): its departure would leave it with no partner at all.",
    ]);
  });
});

describe("governance evidence: figures in words, actors by label", () => {
  const actors = actorsOf("w", 8, "id-");
  actors[0]!.label = "Maison commune";
  const star = { actors, links: actors.slice(1).map((a): [string, string] => ["id-0", a.id]) };
  it("a star's centre is a lead organisation, named by its label", () => {
    const readings = analysisReadings(analyzeSmall(star), { lang: "en" });
    expect(one(readings, "reading.governance").text).toBe(
      "Governance reading (Provan and Kenis): lead organisation: Maison commune, a member that is also the territory’s hub, stands in the middle of most alliances.",
    );
    const evidence = readings.filter((r) => r.id.startsWith("reading.governance.")).map((r) => r.text);
    expect(evidence).toContain(
      "Evidence: Maison commune brokers 1 times what its number of partners alone would give (below the 1.5 that marks a dedicated catalyst).",
    );
    for (const text of evidence) {
      expect(text).not.toMatch(/id-0|topBroker|namedFacilitator|centralization\.|\byes\b|\bno\b(?! single)/);
    }
  });
  it("a role in the data naming a facilitator is said, and changes the reading truthfully", () => {
    actors[0]!.role = "catalyseur territorial";
    const readings = analysisReadings(analyzeSmall(star), { lang: "fr" });
    expect(one(readings, "reading.governance").text).toContain(
      "organisation administrative : Maison commune",
    );
    expect(one(readings, "reading.governance.named").text).toBe(
      "Indice : les données donnent à Maison commune le rôle « catalyseur territorial », qui désigne un facilitateur.",
    );
    expect(one(readings, "reading.governance.ratio").text).toContain("en dessous du seuil de 1,5");
    delete actors[0]!.role;
  });
  it("a facilitator role on an actor that is not in the middle is said, and does not change the form", () => {
    actors[3]!.role = "animatrice du réseau";
    actors[3]!.label = "Réseau Trois";
    const readings = analysisReadings(analyzeSmall(star), { lang: "en" });
    expect(one(readings, "reading.governance").text).toContain("lead organisation: Maison commune");
    expect(one(readings, "reading.governance.other-facilitator").text).toBe(
      "Evidence: the data gives Réseau Trois the role “animatrice du réseau”, which names a facilitator, but Réseau Trois is not the actor in the middle: Maison commune is.",
    );
    delete actors[3]!.role;
  });
});

describe("tiny territories", () => {
  it("reads the size and says there are too few actors, for 2 actors, for isolates, for none", () => {
    for (const territory of [path(2), { actors: actorsOf("w", 4), links: [] }, { actors: [], links: [] }]) {
      const readings = analysisReadings(analyzeSmall(territory), { lang: "fr" });
      expect(readings.map((r) => r.id)).toEqual(
        territory.actors.length === 0
          ? ["reading.size", "reading.too-small"]
          : expect.arrayContaining(["reading.too-small"]),
      );
    }
  });
  it("works with actor ids __proto__ and constructor", () => {
    const territory: SmallTerritory = {
      actors: [
        { id: "__proto__", world: "w" },
        { id: "constructor", world: "w" },
        { id: "z", world: "w" },
      ],
      links: [
        ["__proto__", "constructor"],
        ["constructor", "z"],
      ],
    };
    const reading = one(analysisReadings(analyzeSmall(territory), { lang: "en" }), "reading.top-broker");
    expect(reading.text).toMatch(/^constructor stands in the middle/);
    expect(reading.figures["actors[1].label"]).toBe("constructor");
  });
});

describe("actor readings: every brokerage role counted, none crowned", () => {
  // b sits between a (world x) and c, d (world y): representative twice, and between c and d? no: c–d allied.
  const territory: SmallTerritory = {
    actors: [
      { id: "a", world: "x", label: "Alpha" },
      { id: "b", world: "x", label: "Beta" },
      { id: "c", world: "y", label: "Gamma" },
      { id: "d", world: "y", label: "Delta" },
      { id: "e", world: "z", label: "Epsilon" },
    ],
    links: [
      ["a", "b"],
      ["b", "c"],
      ["b", "d"],
      ["c", "d"],
      ["c", "e"],
    ],
  };
  it("lists each role with its count, most frequent first", () => {
    const readings = actorReadings(analyzeSmall(territory), "b", { lang: "en" });
    expect(readings.map((r) => r.text)).toEqual([
      "Beta (x) has 3 partners from 2 worlds (Blau index 0.44).",
      "Beta stands between 2 pairs of actors who are not allied with each other: 2 as representative.",
    ]);
    const gamma = actorReadings(analyzeSmall(territory), "c", { lang: "fr" });
    expect(gamma[1]!.text).toBe(
      "Gamma se tient entre 2 paires d’acteurs qui ne sont pas alliés entre eux : 1 comme représentant et 1 comme agent de liaison.",
    );
  });
  it("says an isolated actor has no partner, and nothing for an unknown id", () => {
    const doc = analyzeSmall({
      actors: [...territory.actors, { id: "z", world: "z", label: "Zed" }],
      links: territory.links,
    });
    expect(actorReadings(doc, "z", { lang: "en" }).map((r) => r.text)).toEqual(["Zed (z) has no partner."]);
    expect(actorReadings(doc, "nobody", { lang: "en" })).toEqual([]);
  });
});

describe("the core–periphery reading says a group, one actor or no clear core, never more than the fit allows", () => {
  /** A core of `core` actors allied with each other and with every one of `periphery` actors, who are not allied among themselves. */
  function coreAndPeriphery(core: number, periphery: number): SmallTerritory {
    const actors = [...actorsOf("c", core, "core"), ...actorsOf("p", periphery, "edge")];
    const links: [string, string][] = [];
    for (let i = 0; i < core; i++) {
      for (let j = i + 1; j < core; j++) links.push([`core${i}`, `core${j}`]);
      for (let j = 0; j < periphery; j++) links.push([`core${i}`, `edge${j}`]);
    }
    return { actors, links };
  }
  it("a perfect core of three actors with nine around it reads as a group in the middle, every member named", () => {
    const document = analyzeSmall(coreAndPeriphery(3, 9));
    expect(document.graph.corePeriphery?.fit).toBeCloseTo(1, 6);
    const reading = one(analysisReadings(document, { lang: "en" }), "methods.core-periphery.group");
    expect(reading.text).toMatch(/core of 3 actors \(25% of the actors: core0, core1 and core2\)/);
    expect(reading.text).toMatch(/fit 1,|fit 1 /);
    expect(reading.text).toMatch(/No single actor stands in the middle, but a group does\.$/);
    const fr = one(analysisReadings(document, { lang: "fr" }), "methods.core-periphery.group");
    expect(fr.text).toMatch(/cœur de 3 acteurs \(25\s%\sdes acteurs\s:\score0, core1 et core2\)/);
  });
  it("a long core is named by its first members and counted", () => {
    const document = analyzeSmall(coreAndPeriphery(10, 12));
    const reading = one(
      analysisReadings(document, { lang: "en", coreMembers: 4 }),
      "methods.core-periphery.group",
    );
    expect(reading.text).toMatch(/core of 10 actors \(45% of the actors: [^)]*and 6 others\)/);
    expect(reading.figures["graph.corePeriphery.core.unnamed"]).toBe(6);
  });
  it("a star reads as one actor in the middle, not a group", () => {
    const document = analyzeSmall(coreAndPeriphery(1, 8));
    const reading = one(analysisReadings(document, { lang: "en" }), "methods.core-periphery.single");
    expect(reading.text).toMatch(/around a single actor, core0 \(fit 1,/);
  });
  it("a ring has no clear core: the reading names no one and states the threshold", () => {
    const ring = path(12);
    ring.links.push(["a11", "a0"]);
    const document = analyzeSmall(ring);
    const fit = document.graph.corePeriphery?.fit ?? null;
    expect(fit).not.toBeNull();
    expect(fit!).toBeLessThan(0.5);
    const reading = one(analysisReadings(document, { lang: "en" }), "methods.core-periphery.none");
    expect(reading.text).toMatch(/^No clear core and periphery \(fit [\d.]+, below the 0\.5 /);
    expect(Object.keys(reading.figures).some((key) => key.endsWith(".label"))).toBe(false);
    // The threshold is an option: raised above the fit of a perfect core, even that reads as unclear.
    const strict = analysisReadings(analyzeSmall(coreAndPeriphery(3, 9)), { lang: "en", coreFit: 1.01 });
    expect(byId(strict, "methods.core-periphery.group")).toEqual([]);
    one(strict, "methods.core-periphery.none");
  });
});
