/**
 * The shared machinery of the synthetic pilot territories: actors placed in
 * towns inside a bounding box, worlds in fixed realistic shares, links that
 * carry growing start years (2008–2024) and sometimes an end.
 *
 * Everything draws from one seeded generator (`createRandom` from core), so a
 * territory is a pure function of its spec.
 */
import { createRandom, type Random, randomInt, shuffle } from "../../packages/core/src/random.js";
import type { Cell, DatasetActor, DatasetLink } from "./territory-writer.js";

export type GovernanceForm = "shared" | "lead-organisation" | "administrative-organisation";

export interface BoundingBox {
  south: number;
  north: number;
  west: number;
  east: number;
}

export interface PilotSpec {
  /** Two-digit code, `01`…`10`; also the folder prefix. */
  code: string;
  /** Folder name after the code. */
  slug: string;
  /** A name that says it is synthetic. */
  name: string;
  form: GovernanceForm;
  actors: number;
  seed: number;
  box: BoundingBox;
  towns: number;
  /** The world of the lead organisation (lead form only). Default "entreprise". */
  leadWorld?: string;
}

/** Realistic shares of the six worlds in a French territorial alliance network (association-heavy). */
export const WORLD_SHARES: ReadonlyArray<readonly [string, number]> = [
  ["association", 0.38],
  ["entreprise", 0.26],
  ["collectivité", 0.14],
  ["État", 0.08],
  ["académique", 0.07],
  ["fondation", 0.07],
];

const LABEL_PREFIX: Record<string, string> = {
  association: "Association fictive",
  entreprise: "Entreprise fictive",
  collectivité: "Collectivité fictive",
  État: "Service de l'État fictif",
  académique: "Laboratoire fictif",
  fondation: "Fondation fictive",
};

export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2024;
/** Share of alliances that have ended by the end of 2024 (when the drawn end falls before it). */
const ENDED_SHARE = 0.15;

export interface PilotActor {
  world: string;
  town: number;
  role: string;
  size: string;
  /** Relative chance of being picked as a link end (shared form). */
  appeal: number;
}

interface PilotLinkDraft {
  a: number;
  b: number;
  weight: number;
  type: string;
  start: number;
}

/** Mutable state while a territory is drawn. */
export class PilotBuilder {
  readonly random: Random;
  readonly actors: PilotActor[] = [];
  private readonly townCentres: Array<readonly [number, number]> = [];
  private readonly links = new Map<string, PilotLinkDraft>();
  private readonly adjacency: Set<number>[] = [];

  constructor(readonly spec: PilotSpec) {
    this.random = createRandom(spec.seed);
    const { box } = spec;
    for (let t = 0; t < spec.towns; t++) {
      // Towns keep a 12% margin from the box edges so that scattered actors stay inside.
      const lat = box.south + (0.12 + 0.76 * this.random()) * (box.north - box.south);
      const lon = box.west + (0.12 + 0.76 * this.random()) * (box.east - box.west);
      this.townCentres.push([lat, lon]);
    }
    for (const world of shuffle(this.random, worldCounts(spec.actors))) {
      this.actors.push({ world, town: this.pickTown(), role: "", size: "petite", appeal: 1 });
      this.adjacency.push(new Set());
    }
    for (const actor of this.actors) {
      const roll = this.random();
      actor.size = roll < 0.6 ? "petite" : roll < 0.9 ? "moyenne" : "grande";
    }
  }

  /** Towns are unequal: the first is the main town (rank-size rule). */
  pickTown(): number {
    const weights = this.townCentres.map((_, t) => 1 / (t + 1));
    let roll = this.random() * weights.reduce((sum, w) => sum + w, 0);
    for (let t = 0; t < weights.length; t++) {
      roll -= weights[t]!;
      if (roll < 0) return t;
    }
    return 0;
  }

  hasLink(a: number, b: number): boolean {
    return this.adjacency[a]!.has(b);
  }

  randomNeighbour(a: number): number {
    const neighbours = [...this.adjacency[a]!];
    return neighbours[randomInt(this.random, neighbours.length)]!;
  }

  degree(a: number): number {
    return this.adjacency[a]!.size;
  }

  /** The actor's partners, in the order they were allied. */
  neighbours(a: number): readonly number[] {
    return [...this.adjacency[a]!];
  }

  /** The id the actor gets in the written dataset. */
  actorId(i: number): string {
    return `p${this.spec.code}-${String(i + 1).padStart(3, "0")}`;
  }

  /** Adds a link unless it is a self-loop or already there; returns whether it was added. */
  addLink(a: number, b: number, options: { weight?: number; start?: number; type?: string } = {}): boolean {
    if (a === b || this.hasLink(a, b)) return false;
    this.adjacency[a]!.add(b);
    this.adjacency[b]!.add(a);
    this.links.set(a < b ? `${a}|${b}` : `${b}|${a}`, {
      a,
      b,
      weight: options.weight ?? 1 + randomInt(this.random, 3),
      type: options.type ?? this.linkType(a, b),
      start: options.start ?? this.growthYear(FIRST_YEAR),
    });
    return true;
  }

  /**
   * A start year in [from, 2024] whose density rises linearly from 1 to 3, so
   * that alliances keep forming from the first year and three times as many
   * form in the last: with t the position in the span, P(start ≤ t) = (t + t²)/2,
   * inverted as t = (√(1 + 8u) − 1)/2.
   */
  growthYear(from: number): number {
    const span = LAST_YEAR - from + 1;
    const t = (Math.sqrt(1 + 8 * this.random()) - 1) / 2;
    return from + Math.min(span - 1, Math.floor(span * t));
  }

  /** The kind of alliance, from the worlds it joins. */
  linkType(a: number, b: number): string {
    const worlds = [this.actors[a]!.world, this.actors[b]!.world];
    const roll = this.random();
    if (worlds.includes("fondation") && roll < 0.6) return "mécénat";
    if ((worlds.includes("collectivité") || worlds.includes("État")) && roll < 0.5)
      return roll < 0.25 ? "financement" : "convention";
    if (worlds.includes("académique") && roll < 0.5) return "recherche-action";
    return roll < 0.7 ? "projet commun" : "partenariat";
  }

  /** Links every component other than the largest to `anchor(component)`, so the territory is connected. */
  connect(anchor: (members: readonly number[]) => number): void {
    for (;;) {
      const components = this.components();
      if (components.length <= 1) return;
      components.sort((x, y) => y.length - x.length);
      const small = components[components.length - 1]!;
      const from = small[randomInt(this.random, small.length)]!;
      this.addLink(from, anchor(components[0]!));
    }
  }

  components(): number[][] {
    const seen = new Array<boolean>(this.actors.length).fill(false);
    const result: number[][] = [];
    for (let s = 0; s < this.actors.length; s++) {
      if (seen[s]) continue;
      const members = [s];
      seen[s] = true;
      for (let i = 0; i < members.length; i++) {
        for (const v of this.adjacency[members[i]!]!) {
          if (!seen[v]) {
            seen[v] = true;
            members.push(v);
          }
        }
      }
      result.push(members);
    }
    return result;
  }

  /** The dataset rows: actors with labels and coordinates, links with dates (some ended). */
  finish(): { actors: DatasetActor[]; links: DatasetLink[] } {
    const { spec, random } = this;
    const { box } = spec;
    const id = (i: number): string => this.actorId(i);
    const actors = this.actors.map((actor, i): DatasetActor => {
      const [townLat, townLon] = this.townCentres[actor.town]!;
      // Scatter around the town centre (about 4% of the box), clipped to the box.
      const lat = clamp(townLat + gaussian(random) * 0.04 * (box.north - box.south), box.south, box.north);
      const lon = clamp(townLon + gaussian(random) * 0.04 * (box.east - box.west), box.west, box.east);
      const attributes: Record<string, Cell> = {
        territory: spec.name,
        commune: `Commune fictive ${spec.code}-${actor.town + 1}`,
        size: actor.size,
        role: actor.role === "" ? null : actor.role,
      };
      return { id: id(i), label: actorLabel(spec.code, actor, i), world: actor.world, lat, lon, attributes };
    });
    const drafts = [...this.links.values()].sort((x, y) => x.start - y.start || x.a - y.a || x.b - y.b);
    const links = drafts.map((draft): DatasetLink => {
      let end: string | null = null;
      if (random() < ENDED_SHARE) {
        const year = draft.start + 1 + randomInt(random, 7);
        if (year <= LAST_YEAR) end = String(year);
      }
      return {
        source: id(draft.a),
        target: id(draft.b),
        weight: draft.weight,
        type: draft.type,
        start: String(draft.start),
        end,
        attributes: {},
      };
    });
    return { actors, links };
  }
}

function actorLabel(code: string, actor: PilotActor, index: number): string {
  const number = `${code}-${String(index + 1).padStart(3, "0")}`;
  if (actor.role === "lead") return `Grand acteur fictif ${number} (organisation pilote)`;
  if (actor.role === "catalyst") return `Catalyseur territorial fictif ${number}`;
  return `${LABEL_PREFIX[actor.world] ?? "Acteur fictif"} ${number}`;
}

/** World counts for n actors by largest remainder, so shares are exact up to rounding. */
export function worldCounts(n: number): string[] {
  const exact = WORLD_SHARES.map(([world, share]) => ({
    world,
    count: Math.floor(share * n),
    rest: share * n,
  }));
  for (const entry of exact) entry.rest -= entry.count;
  let missing = n - exact.reduce((sum, entry) => sum + entry.count, 0);
  for (const entry of [...exact].sort((x, y) => y.rest - x.rest)) {
    if (missing-- <= 0) break;
    entry.count++;
  }
  return exact.flatMap((entry) => new Array<string>(entry.count).fill(entry.world));
}

function gaussian(random: Random): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
