/**
 * The pilots prove the polycentricity figures mean something: drawn to three
 * governance forms (Provan & Kenis 2008), they must be told apart by
 * betweenness centralization, effective brokers and the governance reading
 * of `analyze()` — Catalyse's own figures, not the generator's.
 */
import { analyze, createTerritory } from "@catalyse/core";
import { beforeAll, describe, expect, it } from "vitest";
import { drawPilot, PILOT_SPECS } from "../../../../scripts/datasets/generate-pilots.js";
import { territoryInput } from "./territory-input.js";

interface PilotReading {
  code: string;
  form: string;
  betweennessCentralization: number;
  effectiveBrokers: number;
  reading: string | undefined;
}

let readings: PilotReading[] = [];

beforeAll(() => {
  readings = PILOT_SPECS.map((spec) => {
    const { graph } = createTerritory(territoryInput(drawPilot(spec)));
    const document = analyze(graph);
    return {
      code: spec.code,
      form: spec.form,
      betweennessCentralization: document.graph.centralization.betweenness ?? Number.NaN,
      effectiveBrokers: document.graph.effectiveBrokers ?? Number.NaN,
      reading: document.graph.governance?.form,
    };
  });
}, 300_000);

const ofForm = (form: string): PilotReading[] => readings.filter((reading) => reading.form === form);

describe("the pilot territories' governance forms, read by analyze()", () => {
  it("has finite betweenness centralization and effective brokers for every pilot", () => {
    for (const reading of readings) {
      expect(Number.isFinite(reading.betweennessCentralization), reading.code).toBe(true);
      expect(Number.isFinite(reading.effectiveBrokers), reading.code).toBe(true);
    }
  });

  it("ranks every shared territory as less centralized (betweenness) than every lead-organisation one", () => {
    const shared = Math.max(...ofForm("shared").map((reading) => reading.betweennessCentralization));
    const lead = Math.min(...ofForm("lead-organisation").map((reading) => reading.betweennessCentralization));
    expect(shared).toBeLessThan(lead);
  });

  it("finds more effective brokers in every shared territory than in any brokered one, and fewest under a lead", () => {
    const brokers = (form: string): number[] => ofForm(form).map((reading) => reading.effectiveBrokers);
    expect(Math.min(...brokers("shared"))).toBeGreaterThan(
      Math.max(...brokers("administrative-organisation")),
    );
    expect(Math.min(...brokers("administrative-organisation"))).toBeGreaterThan(
      Math.max(...brokers("lead-organisation")),
    );
  });

  it("names the true governance form for at least 8 of the 10 pilots", () => {
    const right = readings.filter((reading) => reading.reading === reading.form);
    expect(
      right.length,
      readings.map((reading) => `${reading.code}: ${reading.form} read as ${reading.reading}`).join("; "),
    ).toBeGreaterThanOrEqual(8);
  });
});
