import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCatalyse } from "../helpers/run-catalyse.js";

// Two clusters: one mixing all three worlds, one of entreprises and an association.
const ACTORS = `id,label,world
__proto__,Proto asso,association
constructor,Builder Inc,entreprise
c,Mairie C,collectivité
d,=cmd,association
x,X corp,entreprise
y,Y corp,entreprise
z,Z corp,entreprise
w,W asso,association
`;
const LINKS = `source,target,weight
__proto__,constructor,3
constructor,c,2
__proto__,c,1
d,c,1
d,__proto__,1
x,y,2
y,z,1
x,z,1
z,w,1
c,x,1
`;

let folder = "";
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "catalyse-communities-"));
  writeFileSync(join(folder, "actors.csv"), ACTORS);
  writeFileSync(join(folder, "links.csv"), LINKS);
});

describe("catalyse communities", () => {
  it("prints the community × world table and flags the co-construction cluster", async () => {
    const run = await runCatalyse(["communities", folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Leiden communities, resolution 1, seed 17/);
    expect(run.stdout).toMatch(/Communities: 2 {3}Modularity of the communities: 0\.4056/);
    expect(run.stdout).toMatch(/association +entreprise +collectivité/);
    expect(run.stdout).toMatch(/yes ★ +Proto asso, Builder Inc and Mairie C/);
    expect(run.stdout).toContain("★ 1 co-construction cluster");
  });

  it("writes the partition, worlds and stability as JSON with --runs", async () => {
    const run = await runCatalyse(["communities", folder, "--runs", "4", "--seed", "3", "--format", "json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.stability.seeds).toEqual([3, 4, 5, 6]);
    expect(result.stability.links).toHaveLength(10);
    expect(result.stability.links[0]).toEqual({ source: "__proto__", target: "constructor", consensus: 1 });
    expect(result.actors.map((a: { community: number }) => a.community)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(result.profiles[0].coConstruction).toBe(true);
    expect(result.modularity).toBeCloseTo(0.4056122448979592, 12);
  });

  it("writes one CSV row per actor, formula-like labels neutralised", async () => {
    const run = await runCatalyse(["communities", folder, "--method", "louvain", "--format", "csv"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("id,label,world,community,coConstruction");
    expect(lines).toContain("d,'=cmd,association,0,true");
    expect(lines).toHaveLength(9);
  });

  it("gives modularity at γ = 1 and the optimised quality at the resolution asked for", async () => {
    const run = await runCatalyse(["communities", folder, "--resolution", "0.5"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Modularity of the communities: [\d.]+ \(at γ = 1; [\d.]+ at γ = 0\.5\)/);
  });

  it("is reproducible with --seed", async () => {
    const a = await runCatalyse(["communities", folder, "--seed", "9", "--format", "csv"]);
    const b = await runCatalyse(["communities", folder, "--seed", "9", "--format", "csv"]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("rejects an unknown method, a negative resolution and zero runs with exit 2", async () => {
    const method = await runCatalyse(["communities", folder, "--method", "infomap"]);
    expect(method.code).toBe(2);
    expect(method.stderr).toContain("expected one of leiden, louvain");
    expect((await runCatalyse(["communities", folder, "--resolution", "-1"])).code).toBe(2);
    expect((await runCatalyse(["communities", folder, "--runs", "0"])).code).toBe(2);
  });
});
