/**
 * The `distance` predictor of a QAP regression.
 *
 * - Geographic, when every actor has coordinates: the great-circle distance
 *   in kilometres (haversine, Earth radius 6371 km). Do allies sit close?
 * - Otherwise, network distance with the pair's own link set aside: the
 *   number of steps between i and j through other actors when their own link
 *   (if any) is removed, links read in both directions. Do allies share
 *   partners (distance 2) rather than meet across the territory? Setting the
 *   own link aside keeps the predictor from restating the tie it explains
 *   (plain geodesic distance is 1 exactly when a link exists). Pairs that no
 *   path joins get n, one more than any path can be long.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { type Dyads, dyadValues } from "./dyads.js";

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km between the actors of each dyad (haversine). */
export function geographicDistances(dyads: Dyads, lat: Float64Array, lon: Float64Array): Float64Array {
  const radians = Math.PI / 180;
  return dyadValues(dyads, (i, j) => {
    const dLat = (lat[j]! - lat[i]!) * radians;
    const dLon = (lon[j]! - lon[i]!) * radians;
    const h =
      Math.sin(dLat / 2) ** 2 +
      Math.cos(lat[i]! * radians) * Math.cos(lat[j]! * radians) * Math.sin(dLon / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  });
}

/** Network distance between every pair, each pair's own link set aside (see the header). */
export function networkDistances(index: CompactIndex, dyads: Dyads): Float64Array {
  const n = index.order;
  const distances = new Float64Array(dyads.count);
  const rows = new Int32Array(n);
  const queue = new Int32Array(n);
  // From each actor: one search for the pairs without a link, one per partner without that link.
  for (let i = 0; i < n; i++) {
    search(index, i, -1, rows, queue);
    for (let j = 0; j < n; j++) if (j !== i) distances[dyads.pair(i, j)] = rows[j]! < 0 ? n : rows[j]!;
    for (const j of partners(index, i)) {
      if (!dyads.directed && j < i) continue;
      search(index, i, j, rows, queue);
      const steps = rows[j]! < 0 ? n : rows[j]!;
      distances[dyads.pair(i, j)] = steps;
      if (dyads.directed) distances[dyads.pair(j, i)] = steps;
    }
  }
  return distances;
}

/** Breadth-first search from `source` in both directions, without the link(s) between source and `skip`. */
function search(
  index: CompactIndex,
  source: number,
  skip: number,
  rows: Int32Array,
  queue: Int32Array,
): void {
  rows.fill(-1);
  rows[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++]!;
    for (const [offsets, neighbours] of [
      [index.offsets, index.targets],
      [index.inOffsets, index.inSources],
    ] as const) {
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = neighbours[a]!;
        if (rows[w]! >= 0 || (v === source && w === skip)) continue;
        rows[w] = rows[v]! + 1;
        queue[tail++] = w;
      }
      if (!index.directed) break;
    }
  }
}

function partners(index: CompactIndex, i: number): Set<number> {
  const result = new Set<number>();
  for (let a = index.offsets[i]!; a < index.offsets[i + 1]!; a++) result.add(index.targets[a]!);
  for (let a = index.inOffsets[i]!; a < index.inOffsets[i + 1]!; a++) result.add(index.inSources[a]!);
  return result;
}
