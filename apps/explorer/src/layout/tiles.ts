/**
 * Slippy-map tiles (the XYZ scheme of OpenStreetMap and most tile servers)
 * for the geographic layout. Graph coordinates are Web Mercator scaled to
 * [0, 1000] with y growing northwards (positions.ts), so tile (z, x, y)
 * covers graph x ∈ [x, x+1]·1000/2^z and y ∈ [2^z − y − 1, 2^z − y]·1000/2^z.
 */

export interface TileBox {
  z: number;
  x: number;
  y: number;
  /** Graph-space corners: west, east, south, north. */
  west: number;
  east: number;
  south: number;
  north: number;
}

const WORLD = 1000;

/** The zoom at which one tile spans about 256 screen pixels, given the world's width on screen. */
export function tileZoom(worldWidthPixels: number, maxZoom = 18): number {
  const z = Math.round(Math.log2(Math.max(1, worldWidthPixels) / 256));
  return Math.max(0, Math.min(maxZoom, z));
}

/** Tiles covering a graph-space rectangle at zoom z (at most `limit`, to bound requests). */
export function tilesFor(
  bounds: { west: number; east: number; south: number; north: number },
  z: number,
  limit = 64,
): TileBox[] {
  const n = 2 ** z;
  const size = WORLD / n;
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
  const x0 = clamp(Math.floor(bounds.west / size));
  const x1 = clamp(Math.floor(bounds.east / size));
  // Tile rows count from the north.
  const y0 = clamp(Math.floor((WORLD - bounds.north) / size));
  const y1 = clamp(Math.floor((WORLD - bounds.south) / size));
  const tiles: TileBox[] = [];
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      if (tiles.length >= limit) return tiles;
      tiles.push({
        z,
        x,
        y,
        west: x * size,
        east: (x + 1) * size,
        north: WORLD - y * size,
        south: WORLD - (y + 1) * size,
      });
    }
  return tiles;
}

/** Fills a `{z}/{x}/{y}` URL template; null when it lacks any of them. */
export function tileUrl(template: string, tile: Pick<TileBox, "z" | "x" | "y">): string | null {
  if (!/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{y\}/.test(template)) return null;
  return template
    .replace("{z}", String(tile.z))
    .replace("{x}", String(tile.x))
    .replace("{y}", String(tile.y));
}
