import { describe, expect, it } from "vitest";
import { runCatalyseInProcess } from "../helpers/run-catalyse.js";

const run = runCatalyseInProcess;

const PILOT = "datasets/pilots/01-val-d-exemple";

describe("catalyse analyze and the polycentricity section", () => {
  it("opens the table with the territory's name and its key figures, labelled by the figure table", async () => {
    const { code, stdout } = await run(["analyze", PILOT]);
    expect(code).toBe(0);
    const sections = stdout.split("\n\n");
    // 156 alliances plus the 6 pairs its shared projects add (co-membership).
    expect(sections[1]).toMatch(/^Key figures\nActors: 48 {3}Links: 162 {3}Density: 0\.1436\n/);
    expect(stdout).not.toMatch(/centr_|\bcentralization\.betweenness\b|NaN|undefined/);
  });

  it("--null K adds observed, mean, sd, z and p for every figure to the JSON document", async () => {
    const { code, stdout } = await run(["analyze", PILOT, "--null", "4", "--format", "json"]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.graph.nullModels.replicates).toBe(4);
    expect(document.graph.nullModels.figures[0]).toEqual(
      expect.objectContaining({ figure: "centralization.degree", model: "rewiring", replicates: 4 }),
    );
    expect(document.actors[0].brokerageNull.expected).toHaveProperty("liaison");
  });

  it("rejects a --null that is not a non-negative integer, with exit 2", async () => {
    const { code, stderr } = await run(["analyze", PILOT, "--null", "-3"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--null");
  });
});
