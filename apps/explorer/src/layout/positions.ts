/**
 * Starting positions. Force layout starts from a seeded disc with one sector
 * per world (ForceAtlas2 then untangles it); the geographic layout projects
 * lat/lon with Web Mercator (EPSG:3857), so a tile basemap lines up.
 */
import { createRandom } from "@catalyse/core";
import { type Dataset, worldOf } from "../state/dataset.js";

export function initialPositions(dataset: Dataset, worlds: readonly string[], seed = 17): Float64Array {
  const random = createRandom(seed);
  const n = dataset.actors.length;
  const positions = new Float64Array(2 * n);
  const sector = new Map(worlds.map((world, i) => [world, i] as const));
  const k = Math.max(1, worlds.length);
  const radius = Math.sqrt(n) * 10;
  dataset.actors.forEach((actor, i) => {
    const s = sector.get(worldOf(actor)) ?? 0;
    const angle = ((s + random() * 0.8) / k) * 2 * Math.PI;
    const r = radius * Math.sqrt(0.1 + 0.9 * random());
    positions[2 * i] = r * Math.cos(angle);
    positions[2 * i + 1] = r * Math.sin(angle);
  });
  return positions;
}

/** Web Mercator x, y in [0, 1] × [0, 1] scaled by 1000 (y grows northwards, as sigma's y does). */
export function mercator(lat: number, lon: number): { x: number; y: number } {
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const phi = (clamped * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * 1000,
    y: ((Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI + 1) / 2) * 1000,
  };
}

/** Share of actors with both coordinates. */
export function geoCoverage(dataset: Dataset): number {
  if (dataset.actors.length === 0) return 0;
  const located = dataset.actors.filter((actor) => isCoordinate(actor.lat) && isCoordinate(actor.lon)).length;
  return located / dataset.actors.length;
}

function isCoordinate(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Geographic positions; actors without coordinates are placed on a ring
 * below the map (kept visible, and visibly apart). Null when no actor is located.
 */
export function geoPositions(dataset: Dataset): Float64Array | null {
  if (geoCoverage(dataset) === 0) return null;
  const n = dataset.actors.length;
  const positions = new Float64Array(2 * n);
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  const missing: number[] = [];
  dataset.actors.forEach((actor, i) => {
    if (!isCoordinate(actor.lat) || !isCoordinate(actor.lon)) {
      missing.push(i);
      return;
    }
    const { x, y } = mercator(actor.lat, actor.lon);
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
  });
  const span = Math.max(maxX - minX, 1e-3);
  // Actors at the same place (same city) are spread on a small ring, so each stays clickable.
  const places = new Map<string, number[]>();
  dataset.actors.forEach((_actor, i) => {
    if (missing.includes(i)) return;
    const key = `${positions[2 * i]!.toFixed(4)},${positions[2 * i + 1]!.toFixed(4)}`;
    const list = places.get(key);
    if (list) list.push(i);
    else places.set(key, [i]);
  });
  for (const list of places.values()) {
    if (list.length < 2) continue;
    const radius = span * 0.012 * Math.sqrt(list.length);
    list.forEach((i, j) => {
      const angle = (2 * Math.PI * j) / list.length;
      positions[2 * i]! += radius * Math.cos(angle);
      positions[2 * i + 1]! += radius * Math.sin(angle);
    });
  }
  missing.forEach((i, j) => {
    positions[2 * i] = minX + (span * (j + 0.5)) / missing.length;
    positions[2 * i + 1] = minY - span * 0.15;
  });
  return positions;
}
