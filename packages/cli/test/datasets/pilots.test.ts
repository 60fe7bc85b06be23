import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectedComponents, createCompactIndex, createTerritory, DEFAULT_WORLDS } from "@catalyse/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  drawPilot,
  generatePilot,
  PILOT_SPECS,
  pilotFolder,
} from "../../../../scripts/datasets/generate-pilots.js";
import { WORLD_SHARES } from "../../../../scripts/datasets/pilot-builder.js";
import { REPO_ROOT } from "./dataset-folders.js";
import { territoryInput } from "./territory-input.js";

const PILOTS = join(REPO_ROOT, "datasets/pilots");
const pilots = PILOT_SPECS.map((spec) => ({ spec, territory: drawPilot(spec) }));
const scratch = mkdtempSync(join(tmpdir(), "catalyse-pilots-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const yearOf = (date: string): number => Number(date.slice(0, 4));

describe("datasets/pilots", () => {
  it("are exactly what the seeded generator writes (rerun `pnpm datasets:pilots` after editing it)", () => {
    for (const { spec } of pilots) {
      const summary = generatePilot(spec, scratch);
      for (const file of ["actors.csv", "links.csv", "territory.json", "collectives.csv", "memberships.csv"])
        expect(readFileSync(join(scratch, summary.folder, file), "utf8"), `${summary.folder}/${file}`).toBe(
          readFileSync(join(PILOTS, pilotFolder(spec), file), "utf8"),
        );
    }
    // Only territory folders, so that `catalyse compare datasets/pilots/*` reads them all.
    expect(readdirSync(PILOTS).sort()).toEqual(PILOT_SPECS.map(pilotFolder).sort());
  });

  it("have collectives that fit their governance form: the lead's committee, the catalyst's groups, conveners-free shared projects", () => {
    for (const { spec, territory } of pilots) {
      const memberships = territory.memberships ?? [];
      const conveners = new Set(memberships.filter((m) => m.role === "convener").map((m) => m.actor));
      const roleOf = new Map(territory.actors.map((actor) => [actor.id, actor.attributes.role]));
      expect(territory.collectives?.length ?? 0, spec.code).toBeGreaterThan(0);
      if (spec.form === "lead-organisation") {
        expect(territory.collectives, spec.code).toHaveLength(1);
        expect(
          [...conveners].map((id) => roleOf.get(id)),
          spec.code,
        ).toEqual(["lead"]);
      } else if (spec.form === "administrative-organisation")
        expect(
          [...conveners].map((id) => roleOf.get(id)),
          spec.code,
        ).toEqual(["catalyst"]);
      else expect(conveners.size, spec.code).toBe(0);
      const { graph } = createTerritory(territoryInput(territory));
      expect(graph.order, spec.code).toBe(territory.actors.length);
    }
  });

  it("are ten synthetic territories of 30 to 400 actors, at least three of each governance form", () => {
    expect(pilots).toHaveLength(10);
    const forms = new Map<string, number>();
    for (const { spec, territory } of pilots) {
      expect(territory.meta.synthetic).toBe(true);
      expect(territory.meta.governance).toBe(spec.form);
      expect(territory.actors.length).toBeGreaterThanOrEqual(30);
      expect(territory.actors.length).toBeLessThanOrEqual(400);
      forms.set(spec.form, (forms.get(spec.form) ?? 0) + 1);
    }
    expect([...forms.keys()].sort()).toEqual(["administrative-organisation", "lead-organisation", "shared"]);
    for (const count of forms.values()) expect(count).toBeGreaterThanOrEqual(3);
  });

  it("say they are synthetic in their names and in every actor label", () => {
    for (const { territory } of pilots) {
      expect(territory.meta.name).toMatch(/synthétique.*fictif/);
      expect(territory.meta.description).toMatch(/^SYNTHETIC/);
      for (const actor of territory.actors) expect(actor.label).toMatch(/fictif|fictive/);
    }
  });

  it("have the six worlds in the generator's shares (up to rounding and the lead's or catalyst's own world)", () => {
    for (const { spec, territory } of pilots) {
      for (const [world, share] of WORLD_SHARES) {
        expect(DEFAULT_WORLDS).toContain(world);
        // The lead or the catalyst may have been moved to its form's world.
        const count = territory.actors.filter((actor) => actor.world === world).length;
        expect(Math.abs(count - share * spec.actors), `${spec.code} ${world}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it("place every actor inside its territory's bounding box", () => {
    for (const { spec, territory } of pilots)
      for (const actor of territory.actors) {
        expect(actor.lat).toBeGreaterThanOrEqual(spec.box.south);
        expect(actor.lat).toBeLessThanOrEqual(spec.box.north);
        expect(actor.lon).toBeGreaterThanOrEqual(spec.box.west);
        expect(actor.lon).toBeLessThanOrEqual(spec.box.east);
      }
  });

  it("date links over 2008–2024, growing over time, with some alliances ended", () => {
    for (const { spec, territory } of pilots) {
      const starts = territory.links.map((link) => yearOf(link.start!));
      expect(Math.min(...starts), spec.code).toBeGreaterThanOrEqual(2008);
      expect(Math.max(...starts), spec.code).toBeLessThanOrEqual(2024);
      const early = starts.filter((year) => year <= 2016).length;
      expect(starts.length - early, spec.code).toBeGreaterThan(early);
      const ended = territory.links.filter((link) => link.end !== null);
      expect(ended.length, spec.code).toBeGreaterThan(0);
      expect(ended.length / territory.links.length, spec.code).toBeLessThan(0.25);
      for (const link of ended) {
        expect(yearOf(link.end!)).toBeGreaterThan(yearOf(link.start!));
        expect(yearOf(link.end!)).toBeLessThanOrEqual(2024);
      }
    }
  });

  it("mark one lead organisation or one catalyst association where their form has one", () => {
    for (const { spec, territory } of pilots) {
      const leads = territory.actors.filter((actor) => actor.attributes.role === "lead");
      const catalysts = territory.actors.filter((actor) => actor.attributes.role === "catalyst");
      expect(leads.length, spec.code).toBe(spec.form === "lead-organisation" ? 1 : 0);
      expect(catalysts.length, spec.code).toBe(spec.form === "administrative-organisation" ? 1 : 0);
      for (const catalyst of catalysts) expect(catalyst.world).toBe("association");
    }
  });

  it("build into connected territories without warnings (no parallel links, no self-loops)", () => {
    for (const { spec, territory } of pilots) {
      const { graph, warnings } = createTerritory(territoryInput(territory));
      expect(warnings, spec.code).toEqual([]);
      expect(graph.size, spec.code).toBe(territory.links.length);
      expect(connectedComponents(createCompactIndex(graph)).sizes, spec.code).toEqual([spec.actors]);
    }
  });
});
