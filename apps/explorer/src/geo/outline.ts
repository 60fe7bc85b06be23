/**
 * A territory outline from a GeoJSON file (FeatureCollection, Feature,
 * Polygon, MultiPolygon, LineString, MultiLineString), projected with the
 * same Web Mercator as the actors (positions.ts) so both line up. Pure.
 */
import type { InputProblemView } from "../io-adapter.js";
import { mercator } from "../layout/positions.js";

/** A path in graph coordinates; `closed` for polygon rings. */
export interface OutlinePath {
  closed: boolean;
  points: Array<{ x: number; y: number }>;
}

export type OutlineResult = { ok: true; paths: OutlinePath[] } | { ok: false; problem: InputProblemView };

const EXPECTED_TYPES = "a GeoJSON FeatureCollection, Feature, Polygon, MultiPolygon or LineString";

class OutlineError extends Error {
  constructor(
    readonly found: string,
    readonly expected: string,
  ) {
    super(found);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function position(value: unknown, where: string): { x: number; y: number } {
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    typeof value[0] !== "number" ||
    typeof value[1] !== "number"
  )
    throw new OutlineError(
      `${where}: ${JSON.stringify(value)?.slice(0, 40)}`,
      "a [longitude, latitude] pair of numbers",
    );
  const [lon, lat] = value as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90)
    throw new OutlineError(
      `${where}: [${lon}, ${lat}]`,
      "longitude in [-180, 180] and latitude in [-90, 90] (WGS 84)",
    );
  return mercator(lat, lon);
}

function line(value: unknown, closed: boolean, where: string): OutlinePath {
  const min = closed ? 4 : 2;
  if (!Array.isArray(value) || value.length < min)
    throw new OutlineError(
      `${where}: not a list of at least ${min} positions`,
      `a list of at least ${min} positions`,
    );
  return { closed, points: value.map((p, i) => position(p, `${where}, position ${i + 1}`)) };
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value))
    throw new OutlineError(`${where}: coordinates are not a list`, "a coordinates array");
  return value;
}

function geometry(value: unknown, where: string, out: OutlinePath[]): void {
  if (!isObject(value)) throw new OutlineError(`${where}: not an object`, EXPECTED_TYPES);
  const type = value.type;
  const c = value.coordinates;
  switch (type) {
    case "FeatureCollection": {
      const features = list(value.features, `${where} features`);
      for (const [i, f] of features.entries()) geometry(f, `feature ${i + 1}`, out);
      return;
    }
    case "Feature":
      if (value.geometry !== null) geometry(value.geometry, where, out);
      return;
    case "GeometryCollection":
      for (const [i, g] of list(value.geometries, `${where} geometries`).entries())
        geometry(g, `${where}, geometry ${i + 1}`, out);
      return;
    case "Polygon":
      for (const [i, ring] of list(c, where).entries()) out.push(line(ring, true, `${where}, ring ${i + 1}`));
      return;
    case "MultiPolygon":
      for (const [i, polygon] of list(c, where).entries())
        for (const [j, ring] of list(polygon, where).entries())
          out.push(line(ring, true, `${where}, polygon ${i + 1} ring ${j + 1}`));
      return;
    case "LineString":
      out.push(line(c, false, where));
      return;
    case "MultiLineString":
      for (const [i, l] of list(c, where).entries()) out.push(line(l, false, `${where}, line ${i + 1}`));
      return;
    default:
      throw new OutlineError(`${where}: type ${JSON.stringify(type) ?? "missing"}`, EXPECTED_TYPES);
  }
}

/** Parses and projects a GeoJSON outline; a problem names the file and what was expected. */
export function parseOutline(file: string, text: string): OutlineResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const found = `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, problem: { file, found, expected: `${EXPECTED_TYPES} (JSON)`, severity: "error" } };
  }
  const paths: OutlinePath[] = [];
  try {
    geometry(json, "GeoJSON", paths);
  } catch (error) {
    if (error instanceof OutlineError)
      return {
        ok: false,
        problem: { file, found: error.found, expected: error.expected, severity: "error" },
      };
    throw error;
  }
  if (paths.length === 0)
    return {
      ok: false,
      problem: { file, found: "no geometry", expected: EXPECTED_TYPES, severity: "error" },
    };
  return { ok: true, paths };
}
