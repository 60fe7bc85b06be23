import { describe, expect, it } from "vitest";
import { mercator } from "../../../src/layout/positions.js";
import { tilesFor, tileUrl, tileZoom } from "../../../src/layout/tiles.js";

describe("slippy-map tiles", () => {
  it("zoom 0 is one tile covering the whole projected world", () => {
    expect(tilesFor({ west: 0, east: 1000, south: 0, north: 1000 }, 0)).toEqual([
      { z: 0, x: 0, y: 0, west: 0, east: 1000, north: 1000, south: 0 },
    ]);
  });

  it("finds the OpenStreetMap tile of Grenoble at zoom 10 (x 528, y 367, as the OSM formula gives)", () => {
    const p = mercator(45.188, 5.724);
    const [tile] = tilesFor({ west: p.x, east: p.x, south: p.y, north: p.y }, 10);
    expect([tile!.x, tile!.y]).toEqual([528, 367]);
  });

  it("picks the zoom where a tile spans about 256 pixels, and bounds the tile count", () => {
    expect(tileZoom(256)).toBe(0);
    expect(tileZoom(256 * 1024)).toBe(10);
    expect(tilesFor({ west: 0, east: 1000, south: 0, north: 1000 }, 5, 10)).toHaveLength(10);
  });

  it("fills the URL template and refuses one without {z}/{x}/{y}", () => {
    expect(tileUrl("https://tile.example/{z}/{x}/{y}.png", { z: 3, x: 4, y: 2 })).toBe(
      "https://tile.example/3/4/2.png",
    );
    expect(tileUrl("https://tile.example/tile.png", { z: 3, x: 4, y: 2 })).toBeNull();
  });
});
