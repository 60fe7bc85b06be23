import { describe, expect, it } from "vitest";
import { parseOutline } from "../../../src/geo/outline.js";
import { mercator } from "../../../src/layout/positions.js";

const square = [
  [5, 45],
  [6, 45],
  [6, 46],
  [5, 46],
  [5, 45],
];

describe("GeoJSON territory outline", () => {
  it("reads a polygon and projects it like the actors", () => {
    const result = parseOutline("t.geojson", JSON.stringify({ type: "Polygon", coordinates: [square] }));
    if (!result.ok) throw new Error(result.problem.found);
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]!.closed).toBe(true);
    expect(result.paths[0]!.points[0]).toEqual(mercator(45, 5));
  });

  it("reads a multipolygon inside a FeatureCollection, and a LineString", () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: {},
          geometry: { type: "MultiPolygon", coordinates: [[square], [square]] },
        },
        {
          type: "Feature",
          properties: {},
          geometry: {
            type: "LineString",
            coordinates: [
              [5, 45],
              [6, 46],
            ],
          },
        },
      ],
    });
    const result = parseOutline("t.geojson", text);
    if (!result.ok) throw new Error(result.problem.found);
    expect(result.paths.map((p) => p.closed)).toEqual([true, true, false]);
  });

  it("reports invalid JSON with the file name", () => {
    const result = parseOutline("bad.geojson", "{ not json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.file).toBe("bad.geojson");
    expect(result.problem.found).toMatch(/invalid JSON/);
    expect(result.problem.expected).toMatch(/GeoJSON/);
  });

  it("rejects a wrong type", () => {
    const result = parseOutline("p.geojson", JSON.stringify({ type: "Point", coordinates: [5, 45] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.found).toMatch(/Point/);
    expect(result.problem.expected).toMatch(
      /FeatureCollection, Feature, Polygon, MultiPolygon or LineString/,
    );
  });

  it("rejects coordinates out of range (e.g. projected metres instead of WGS 84)", () => {
    const ring = [
      [900000, 6400000],
      [910000, 6400000],
      [910000, 6410000],
      [900000, 6400000],
    ];
    const result = parseOutline("l93.geojson", JSON.stringify({ type: "Polygon", coordinates: [ring] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.expected).toMatch(/longitude in \[-180, 180\]/);
  });
});
