/**
 * Map labels never overlap: the placement itself on crowded points, and the
 * maps the reports draw for every bundled territory (labels read back from the
 * SVG, boxes estimated by the same rule the placement uses).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readTerritoryPath } from "@catalyse/io/node";
import { describe, expect, it } from "vitest";
import {
  boxesOverlap,
  type LabelBox,
  labelBox,
  type PlacedLabel,
  placeLabels,
} from "../src/charts/label-placement.js";
import { LABEL_FONT_SIZE, networkMap } from "../src/charts/network-map.js";
import { worldColors } from "../src/world-colors.js";

const BOUNDS: LabelBox = { left: 0, top: 0, right: 400, bottom: 300 };

function expectNoOverlap(boxes: readonly LabelBox[]): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(boxesOverlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j} overlap`).toBe(false);
}

describe("placeLabels", () => {
  it("puts a label on the right of its dot when the place is free", () => {
    const [label] = placeLabels([{ key: "a", text: "GAIA", x: 100, y: 100, radius: 5 }], { bounds: BOUNDS });
    expect(label).toMatchObject({ key: "a", anchor: "start" });
    expect(label!.x).toBeGreaterThan(105);
  });

  it("moves a label that would cover another to another side", () => {
    const placed = placeLabels(
      [
        { key: "a", text: "Ville de Grenoble", x: 100, y: 100, radius: 5 },
        { key: "b", text: "Grenoble-Alpes Métropole", x: 110, y: 102, radius: 5 },
      ],
      { bounds: BOUNDS },
    );
    expect(placed.map((label) => label.key)).toEqual(["a", "b"]);
    expectNoOverlap(placed.map((label) => label.box));
  });

  it("leaves out what cannot be placed, and keeps every box inside the chart", () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({
      key: String(i),
      text: `Actor number ${i}`,
      x: 200 + (i % 3),
      y: 150 + (i % 2),
      radius: 4,
    }));
    const placed = placeLabels(crowd, { bounds: BOUNDS });
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.length).toBeLessThan(crowd.length);
    expectNoOverlap(placed.map((label) => label.box));
    for (const { box } of placed) {
      expect(box.left).toBeGreaterThanOrEqual(BOUNDS.left);
      expect(box.right).toBeLessThanOrEqual(BOUNDS.right);
    }
  });

  it("places the most important label first: the first candidate is never the one dropped", () => {
    const placed = placeLabels(
      [
        { key: "first", text: "A long label for the first actor", x: 200, y: 150, radius: 4 },
        ...Array.from({ length: 8 }, (_, i) => ({
          key: `k${i}`,
          text: "Another long label",
          x: 200,
          y: 150,
          radius: 4,
        })),
      ],
      { bounds: BOUNDS },
    );
    expect(placed[0]!.key).toBe("first");
  });
});

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const DATASETS = [
  "datasets/seed-ecosystem",
  ...["pilots", "classic"].flatMap((group) =>
    readdirSync(join(REPO, "datasets", group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `datasets/${group}/${entry.name}`),
  ),
];

/** The labels of a map, read back from its SVG. */
function labelsOf(svg: string): PlacedLabel[] {
  return [
    ...svg.matchAll(
      /<text x="([\d.-]+)" y="([\d.-]+)" class="label"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g,
    ),
  ].map(([, x, y, anchor, text]) => {
    const decoded = text!.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');
    const place = { x: Number(x), y: Number(y), anchor: (anchor ?? "start") as PlacedLabel["anchor"] };
    return {
      key: decoded,
      text: decoded,
      ...place,
      box: labelBox(decoded, place.x, place.y, place.anchor, LABEL_FONT_SIZE),
    };
  });
}

describe("the report maps of the bundled territories", () => {
  it("covers several datasets", () => {
    expect(DATASETS.length).toBeGreaterThanOrEqual(10);
  });
  for (const folder of DATASETS)
    it(`${folder}: no two labels overlap, and every actor is named on hover`, async () => {
      const { graph } = await readTerritoryPath(join(REPO, folder));
      const colors = worldColors(graph.getAttribute("worlds"));
      for (const size of [
        { width: 720, height: 480, labels: 12 },
        { width: 360, height: 280, labels: 5 },
      ]) {
        const svg = networkMap(graph, { colors, ...size });
        const labels = labelsOf(svg);
        expect(labels.length).toBeGreaterThanOrEqual(Math.min(3, graph.order));
        expectNoOverlap(labels.map((label) => label.box));
        expect(svg.match(/<circle [^>]*><title>/g)?.length).toBe(graph.order);
      }
    });
});
