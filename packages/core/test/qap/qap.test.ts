import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createCompactIndex,
  createDyads,
  createTerritory,
  networkDistances,
  QapError,
  type QapMethod,
  qapRegression,
  qapTerritory,
  type TerritoryGraph,
  tieValues,
} from "../../src/index.js";

interface Regression {
  sna: string;
  method: QapMethod;
  predictors: string[];
  permutations: number;
  coefficients: Record<string, number>;
  statistics: Record<string, number>;
  pValues: Record<string, number>;
  r2: number;
}

interface QapFixture {
  name: string;
  directed: boolean;
  actors: {
    id: string;
    world: string;
    lat?: number;
    lon?: number;
    attributes: Record<string, string | number>;
  }[];
  links: { source: string; target: string }[];
  regressions: Regression[];
  networkDistance?: [string, string, number][];
}

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/qap/${name}.json`, import.meta.url), "utf8")) as QapFixture;

const territory = (fixture: QapFixture): TerritoryGraph =>
  createTerritory({
    meta: { name: fixture.name, directed: fixture.directed },
    actors: fixture.actors,
    links: fixture.links,
  }).graph;

/**
 * Both p-values are Monte Carlo estimates of the same probability p from N
 * (ours) and N_R (R's) permutations, so their difference has standard error
 * √(p(1−p)(1/N + 1/N_R)); they must agree within 4 standard errors (p clamped
 * to [1/N_R, 1 − 1/N_R] so that a p-value near 0 still allows one permutation).
 */
function monteCarloTolerance(p: number, ours: number, theirs: number): number {
  const clamped = Math.min(Math.max(p, 1 / theirs), 1 - 1 / theirs);
  return 4 * Math.sqrt(clamped * (1 - clamped) * (1 / ours + 1 / theirs));
}

describe.each(["undirected-located", "directed-network-distance"])(
  "QAP regression against R sna::netlm on %s",
  (name) => {
    const fixture = read(name);
    const graph = territory(fixture);

    describe.each(fixture.regressions.map((regression) => [regression.method, regression] as const))(
      "%s",
      (_method, reference) => {
        const result = qapTerritory(graph, {
          predictors: reference.predictors,
          method: reference.method,
          permutations: reference.permutations,
          seed: 5,
        });

        // glm stops at a deviance change of 1e-8, so R's logistic z-values carry about 1e-5 relative error.
        const relative = reference.method === "ols" ? 1e-6 : 1e-5;

        it("coefficients, t/z-values and R² equal R's (1e-6 relative; 1e-5 for glm's z)", () => {
          const keys = ["intercept", ...reference.predictors];
          expect([...result.coefficients.keys()]).toEqual(keys);
          for (const key of keys) {
            expect(result.coefficients.get(key)).toBeCloseTo(reference.coefficients[key]!, 6);
            expect(Math.abs(result.statistics.get(key)! - reference.statistics[key]!)).toBeLessThanOrEqual(
              relative * Math.abs(reference.statistics[key]!) + 1e-9,
            );
          }
          expect(result.r2).toBeCloseTo(reference.r2, 8);
          expect(result.converged).toBe(true);
        });

        it("double semi-partialling p-values agree with netlm's within Monte Carlo error (4 standard errors)", () => {
          for (const [key, p] of Object.entries(reference.pValues)) {
            const tolerance = monteCarloTolerance(p, result.permutations, reference.permutations);
            expect(
              Math.abs(result.pValues.get(key)! - p),
              `${key}: ours ${result.pValues.get(key)}, R ${p}`,
            ).toBeLessThanOrEqual(tolerance);
          }
        });
      },
    );
  },
);

describe("QAP predictors", () => {
  it("distance is geographic (km) when every actor has coordinates, network steps otherwise", () => {
    expect(
      qapTerritory(territory(read("undirected-located")), { predictors: ["distance"], permutations: 0 })
        .distance,
    ).toBe("geographic");
    expect(
      qapTerritory(territory(read("directed-network-distance")), {
        predictors: ["distance"],
        permutations: 0,
      }).distance,
    ).toBe("network");
  });

  it("network distance sets the pair's own link aside and gives n to pairs no path joins (as NetworkX)", () => {
    const fixture = read("directed-network-distance");
    const index = createCompactIndex(territory(fixture));
    const dyads = createDyads(index.order, index.directed);
    const distances = networkDistances(index, dyads);
    for (const [u, v, steps] of fixture.networkDistance!) {
      const i = index.positionOf.get(u)!;
      const j = index.positionOf.get(v)!;
      expect(distances[dyads.pair(i, j)]).toBe(steps);
      expect(distances[dyads.pair(j, i)]).toBe(steps);
    }
    expect(fixture.networkDistance!.some(([, , steps]) => steps === index.order)).toBe(true);
  });

  it("co-membership is refused without collectives, and counts shared collectives when fed", () => {
    const graph = territory(read("undirected-located"));
    expect(() => qapTerritory(graph, { predictors: ["co-membership"] })).toThrow(/no collectives/);
    const memberships = new Map([
      ["__proto__", ["c1", "c2"]],
      ["constructor", ["c1", "c2"]],
      ["a0", ["c2"]],
    ]);
    const result = qapTerritory(graph, { predictors: ["co-membership"], memberships, permutations: 0 });
    expect(result.coefficients.has("co-membership")).toBe(true);
    expect(result.pValues.get("co-membership")).toBeNull();
  });

  it("an unknown predictor names the territory's attributes; a numeric predictor needs every value", () => {
    const graph = territory(read("undirected-located"));
    expect(() => qapTerritory(graph, { predictors: ["size"] })).toThrow(
      /unknown predictor "size".*budget, commune/,
    );
    expect(() => qapTerritory(graph, { predictors: ["commune"] })).toThrow(
      /needs a number for every actor, and actor "__proto__" has "/,
    );
    expect(() => qapTerritory(graph, { predictors: ["same-world", "same-world"] })).toThrow(QapError);
  });

  it("a constant or collinear predictor is refused by name", () => {
    const graph = territory(read("undirected-located"));
    const index = createCompactIndex(graph);
    const dyads = createDyads(index.order, false);
    const ties = tieValues(index, dyads);
    const constant = { name: "everyone", values: new Float64Array(dyads.count).fill(2) };
    expect(() => qapRegression(dyads, ties, [constant])).toThrow(/"everyone" is the same for every pair/);
  });
});

describe("QAP p-values", () => {
  const graph = territory(read("undirected-located"));
  const options = { predictors: ["same-world", "budget"], permutations: 200 };

  it("are the same for the same seed and move with the seed", () => {
    const a = qapTerritory(graph, { ...options, seed: 1 });
    const b = qapTerritory(graph, { ...options, seed: 1 });
    const c = qapTerritory(graph, { ...options, seed: 2 });
    expect(b.pValues).toEqual(a.pValues);
    expect([...c.pValues.values()]).not.toEqual([...a.pValues.values()]);
  });

  it("detect a planted effect: ties that are exactly same-world give p = 0 and R² = 1", () => {
    const index = createCompactIndex(graph);
    const dyads = createDyads(index.order, false);
    const sameWorld = new Float64Array(dyads.count);
    for (let i = 0; i < index.order; i++)
      for (let j = i + 1; j < index.order; j++)
        sameWorld[dyads.pair(i, j)] = index.worldOf[i] === index.worldOf[j] ? 1 : 0;
    const noise = Float64Array.from(sameWorld, (_, d) => (d * 7919) % 13);
    const result = qapRegression(dyads, sameWorld, [
      { name: "same-world", values: sameWorld },
      { name: "noise", values: noise },
    ]);
    expect(result.coefficients.get("same-world")).toBeCloseTo(1, 9);
    expect(result.r2).toBeCloseTo(1, 9);
    expect(result.pValues.get("same-world")).toBe(0);
  });
});
