import { describe, expect, it } from "vitest";
import {
  analyze,
  createRandom,
  createTerritory,
  GOVERNANCE_THRESHOLDS,
  type GovernanceInput,
  type LinkInput,
  readGovernance,
} from "../../src/index.js";

const WORLDS = ["association", "entreprise", "collectivité", "État", "académique", "fondation"];

/** Six world clusters of `size` actors, each internally allied with probability p. */
function clusters(size: number, p: number, seed: number) {
  const random = createRandom(seed);
  const actors = WORLDS.flatMap((world) =>
    Array.from({ length: size }, (_, i) => ({ id: `${world}-${i}`, world, label: `${world} ${i}` })),
  );
  const links: LinkInput[] = [];
  for (let w = 0; w < WORLDS.length; w++)
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++)
        if (random() < p) links.push({ source: `${WORLDS[w]}-${i}`, target: `${WORLDS[w]}-${j}` });
  return { actors, links, random };
}

function reading(actors: { id: string; world: string; label?: string }[], links: LinkInput[]) {
  const { graph } = createTerritory({ actors, links });
  return analyze(graph).graph.governance!;
}

describe("readGovernance", () => {
  it("reads shared governance when alliances spread over many actors and cross worlds everywhere", () => {
    const { actors, links, random } = clusters(8, 0.5, 1);
    // Many cross-world alliances between ordinary members.
    for (let k = 0; k < 60; k++) {
      const a = actors[Math.floor(random() * actors.length)]!.id;
      const b = actors[Math.floor(random() * actors.length)]!.id;
      if (a !== b) links.push({ source: a, target: b });
    }
    const result = reading(actors, links);
    expect(result.form).toBe("shared");
    expect(result.centre).toBeNull();
  });

  it("reads a lead organisation when one large member is tied to most actors", () => {
    const { actors, links } = clusters(8, 0.15, 2);
    for (const actor of actors)
      if (actor.id !== "entreprise-0" && !actor.id.endsWith("-7"))
        links.push({ source: "entreprise-0", target: actor.id });
    const result = reading(actors, links);
    expect(result.form).toBe("lead-organisation");
    expect(result.centre).toBe("entreprise-0");
  });

  it("reads an administrative organisation when a catalyst bridges world clusters through few ties", () => {
    const { actors, links } = clusters(8, 0.6, 3);
    actors.push({ id: "hub", world: "association", label: "Pôle ESS" });
    for (const world of WORLDS)
      links.push({ source: "hub", target: `${world}-0` }, { source: "hub", target: `${world}-1` });
    const result = reading(actors, links);
    expect(result.form).toBe("administrative-organisation");
    expect(result.centre).toBe("hub");
    expect(result.evidence.map((e) => e.figure)).toContain("topBroker.brokerRatio");
  });

  it("takes an actor named as a facilitator as an administrative organisation, whatever its ratio", () => {
    const { actors, links } = clusters(8, 0.15, 2);
    actors[8] = { ...actors[8]!, label: "Agence de facilitation" };
    for (const actor of actors)
      if (actor.id !== actors[8]!.id && !actor.id.endsWith("-7"))
        links.push({ source: actors[8]!.id, target: actor.id });
    expect(reading(actors, links).form).toBe("administrative-organisation");
  });

  const base: GovernanceInput = {
    actors: 50,
    links: 100,
    degreeCentralization: 0.1,
    betweennessCentralization: 0.1,
    topBrokerShare: 0.05,
    effectiveBrokers: 30,
    topBroker: { id: "x", label: "x", world: "association", degree: 5, betweenness: 0.1 },
  };

  it("is undetermined between the thresholds, and lists its evidence", () => {
    const result = readGovernance({ ...base, betweennessCentralization: 0.22, degreeCentralization: 0.3 });
    expect(result.form).toBe("undetermined");
    expect(result.evidence.find((e) => e.figure === "centralization.betweenness")?.value).toBe(0.22);
  });

  it("is undetermined when shared and brokered signs disagree", () => {
    expect(readGovernance({ ...base, topBrokerShare: 0.4 }).form).toBe("undetermined");
  });

  it("is undetermined for territories too small or without links", () => {
    expect(readGovernance({ ...base, actors: 2 }).form).toBe("undetermined");
    expect(readGovernance({ ...base, links: 0 }).form).toBe("undetermined");
  });

  it("takes its thresholds from one exported constant that callers can override", () => {
    expect(Object.isFrozen(GOVERNANCE_THRESHOLDS)).toBe(true);
    const strict = { ...GOVERNANCE_THRESHOLDS, sharedMaxBetweennessCentralization: 0.05 };
    expect(readGovernance(base).form).toBe("shared");
    expect(readGovernance(base, strict).form).toBe("undetermined");
  });

  it("describes each form without ranking them", () => {
    for (const input of [base, { ...base, actors: 1 }, { ...base, betweennessCentralization: 0.5 }]) {
      const { summary } = readGovernance(input);
      expect(summary).not.toMatch(/better|worse|should|healthy|meilleur|best/i);
    }
  });
});

/** A ten-actor star: a lead organisation by its figures; `role` is the hub's role in the data. */
const star = (role: string | null): GovernanceInput => ({
  actors: 10,
  links: 9,
  degreeCentralization: 1,
  betweennessCentralization: 1,
  topBrokerShare: 1,
  effectiveBrokers: 1,
  topBroker: { id: "hub", label: "Hub", world: "association", degree: 9, betweenness: 1, role },
});

describe("readGovernance: a role in the data that names a facilitator", () => {
  it("a star's centre is a lead organisation (broker ratio 1) when nothing names it a facilitator", () => {
    const reading = readGovernance(star(null));
    expect(reading.form).toBe("lead-organisation");
    expect(reading.evidence.some((e) => e.figure === "topBroker.role")).toBe(false);
  });
  it("the same centre whose role says « catalyseur territorial » is read as an administrative organisation, the role cited", () => {
    const reading = readGovernance(star("catalyseur territorial"));
    expect(reading.form).toBe("administrative-organisation");
    expect(reading.evidence).toContainEqual({
      figure: "topBroker.role",
      value: "catalyseur territorial",
      threshold: null,
      suggests: null,
    });
  });
  it("analyze reads the role from the actors' attributes", () => {
    const actors = Array.from({ length: 6 }, (_, i) => ({
      id: `a${i}`,
      world: "association",
      attributes: { role: i === 0 ? "catalyseur territorial" : null },
    }));
    const links = actors.slice(1).map((a) => ({ source: "a0", target: a.id }));
    const { graph } = createTerritory({ actors, links });
    expect(analyze(graph).graph.governance?.form).toBe("administrative-organisation");
  });
});

describe("readGovernance: a facilitator named by role elsewhere than in the middle", () => {
  it("is cited as evidence (id, then role) and leaves the form alone", () => {
    const input: GovernanceInput = {
      ...star(null),
      roles: [
        { id: "leaf", role: "catalyseur territorial" },
        { id: "other", role: "trésorier" },
        { id: "hub", role: "membre" },
      ],
    };
    const reading = readGovernance(input);
    expect(reading.form).toBe("lead-organisation");
    expect(reading.evidence.slice(-2)).toEqual([
      { figure: "facilitatorByRole", value: "leaf", threshold: null, suggests: null },
      { figure: "facilitatorByRole.role", value: "catalyseur territorial", threshold: null, suggests: null },
    ]);
  });
});
