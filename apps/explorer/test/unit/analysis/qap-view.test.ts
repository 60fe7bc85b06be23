import type { ActorInput } from "@catalyse/core";
import { describe, expect, test } from "vitest";
import { QAP_EXPLORER_DEFAULTS, qapFits, qapPredictors } from "../../../src/analysis/qap-view.js";
import { oddDataset } from "../helpers.js";

const located = (id: string, attributes: ActorInput["attributes"] = {}): ActorInput => ({
  id,
  world: "association",
  lat: 45,
  lon: 5,
  attributes,
});

describe("qapPredictors", () => {
  test("same-world alone when nothing else is shared (some actors have no coordinates)", () => {
    expect(qapPredictors({ actors: oddDataset().actors, collectives: false })).toEqual(["same-world"]);
  });

  test("distance only when every actor is located; co-membership only with collectives", () => {
    const actors = ["a", "b", "c"].map((id) => located(id));
    expect(qapPredictors({ actors, collectives: true })).toEqual(["same-world", "distance", "co-membership"]);
    const unlocated = [...actors, { id: "d", world: "association" }];
    expect(qapPredictors({ actors: unlocated, collectives: false })).toEqual(["same-world"]);
  });

  test("a shared text attribute as same-<attribute>, a numeric one every actor has as itself", () => {
    const actors = [
      located("__proto__", { commune: "Grenoble", budget: 10, label2: "x1" }),
      located("constructor", { commune: "Grenoble", budget: 20, label2: "x2" }),
      located("toString", { commune: "Voiron", budget: 5, label2: "x3" }),
      located("01", { commune: "Voiron", budget: 7, label2: "x4" }),
    ];
    // label2: as many values as actors, nothing shared; budget: a number everywhere.
    expect(qapPredictors({ actors, collectives: false })).toEqual([
      "same-world",
      "distance",
      "budget",
      "same-commune",
    ]);
  });

  test("an attribute named __proto__ is read as an own property", () => {
    const actors = ["a", "b", "c", "d"].map((id, i) => {
      const attributes = JSON.parse(`{"__proto__": "${i < 2 ? "x" : "y"}"}`) as Record<string, string>;
      return { id, world: "w", attributes };
    });
    expect(qapPredictors({ actors, collectives: false })).toEqual(["same-world", "same-__proto__"]);
  });

  test("at most maxOffered predictors besides same-world", () => {
    const attributes = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`n${i}`, i]));
    const actors = ["a", "b", "c"].map((id) => located(id, attributes));
    expect(qapPredictors({ actors, collectives: true })).toHaveLength(1 + QAP_EXPLORER_DEFAULTS.maxOffered);
  });
});

describe("qapFits", () => {
  test("from three actors up to the cap", () => {
    expect([2, 3, QAP_EXPLORER_DEFAULTS.maxActors, QAP_EXPLORER_DEFAULTS.maxActors + 1].map(qapFits)).toEqual(
      [false, true, true, false],
    );
  });
});
