/**
 * A seeded synthetic territory for report tests: a few hubs per world, links
 * mostly within worlds, dates from 2010 to 2020, and one actor (the hub, id `__proto__`) whose label is
 * an HTML injection attempt (it must show as text).
 */
import {
  type ActorInput,
  createRandom,
  createTerritory,
  DEFAULT_WORLDS,
  type LinkInput,
  randomInt,
  type TerritoryGraph,
} from "@catalyse/core";

export const XSS_LABEL = "<script>alert(1)</script>";
/** The link types of `sampleTerritory(…, { types: true })`. */
export const LINK_TYPES = ["funding", "project", "<b>governance</b> | *info*"];

export function sampleTerritory(
  name: string,
  options: { actors?: number; seed?: number; hub?: boolean; types?: boolean } = {},
): TerritoryGraph {
  const n = options.actors ?? 60;
  const random = createRandom(options.seed ?? 1);
  const actors: ActorInput[] = [];
  for (let i = 0; i < n; i++)
    actors.push({
      id: i === 0 ? "__proto__" : `a${i}`,
      label: i === 0 ? XSS_LABEL : `Actor ${i} & "partners"`,
      world: DEFAULT_WORLDS[i % DEFAULT_WORLDS.length]!,
    });
  const links: LinkInput[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number, start: number) => {
    if (a === b) return;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({
      source: actors[a]!.id,
      target: actors[b]!.id,
      start: String(start),
      ...(random() < 0.15 ? { end: String(start + 1 + randomInt(random, 4)) } : {}),
      weight: 1 + randomInt(random, 3),
      // Kinds of alliance, one of them a markup injection attempt (it must show as text).
      ...(options.types ? { type: LINK_TYPES[randomInt(random, LINK_TYPES.length)]! } : {}),
    });
  };
  for (let i = 1; i < n; i++) {
    // Each actor allies with an earlier one, often of its own world, sometimes with a hub.
    const sameWorld = i - DEFAULT_WORLDS.length * (1 + randomInt(random, 3));
    add(
      i,
      sameWorld >= 0 && random() < 0.6 ? sameWorld : randomInt(random, i),
      2010 + Math.floor((10 * i) / n),
    );
    if (options.hub && random() < 0.5) add(i, 0, 2012 + randomInt(random, 8));
    if (random() < 0.3) add(i, randomInt(random, n), 2010 + randomInt(random, 11));
  }
  return createTerritory({ meta: { name, description: `Synthetic territory ${name}` }, actors, links }).graph;
}
