/**
 * The three network governance forms of Provan & Kenis (2008), "Modes of
 * network governance: structure, management, and effectiveness", J. Public
 * Administration Research and Theory 18(2), drawn as link structures:
 *
 * - lead organisation: one large member (a company or a local government)
 *   holds most alliances itself — hub and spoke, few links between the others;
 * - administrative organisation (NAO): a small dedicated catalyst actor
 *   (world association, `role=catalyst`) bridges clusters that each gather
 *   mostly one world; the clusters are dense inside and barely linked to one
 *   another, so the catalyst brokers without holding many links;
 * - shared (participant-governed): a dense cross-world mesh with several
 *   medium "anchors" and no one in the middle.
 *
 * The parameters are chosen so that the forms differ in structure, not in
 * size: degree and betweenness centralization, effective brokers and world
 * mixing all separate them (see the datasets README for measured values).
 */
import { randomInt, shuffle } from "../../packages/core/src/random.js";
import { FIRST_YEAR, type PilotBuilder } from "./pilot-builder.js";

/** Lead organisation: share of actors allied to the lead, extra peripheral links per actor. */
export const LEAD_PARAMS = { hubShare: 0.8, extraLinksPerActor: 1.1, sameWorldPreference: 0.65 };

/** Administrative organisation: cluster size cap, share of members allied to the catalyst, purity of clusters. */
export const ADMINISTRATIVE_PARAMS = {
  maxClusterSize: 32,
  meanInnerDegree: 4,
  gatewayShare: 0.12,
  maxGateways: 4,
  clusterPurity: 0.85,
  crossClusterLinksPerActor: 0.012,
};

/**
 * Shared: mean degree, share of actors that are anchors, preference for local
 * ties, for closing triangles (partners of partners, which gives the
 * clustering real alliance networks have) and for cross-world ties.
 */
export const SHARED_PARAMS = {
  meanDegree: 6.5,
  anchorShare: 0.05,
  anchorAppeal: 2.5,
  localShare: 0.35,
  triadicClosureShare: 0.35,
  sameWorldRejection: 0.45,
};

export function drawLeadOrganisation(builder: PilotBuilder): void {
  const { actors, random } = builder;
  const n = actors.length;
  const lead = actors[0]!;
  lead.world = builder.spec.leadWorld ?? "entreprise";
  lead.role = "lead";
  lead.size = "grande";
  lead.town = 0;
  // The lead allies early and keeps allying: its links follow the same growth as the others.
  for (let i = 1; i < n; i++) {
    if (random() < LEAD_PARAMS.hubShare) builder.addLink(0, i, { weight: 2 + randomInt(random, 3) });
  }
  const extra = Math.round(n * LEAD_PARAMS.extraLinksPerActor);
  for (let added = 0, tries = 0; added < extra && tries < extra * 50; tries++) {
    const a = 1 + randomInt(random, n - 1);
    const b = pickPartner(builder, a, LEAD_PARAMS.sameWorldPreference, 1);
    if (b !== undefined && builder.addLink(a, b)) added++;
  }
  builder.connect(() => 0);
}

export function drawAdministrativeOrganisation(builder: PilotBuilder): void {
  const { actors, random } = builder;
  const n = actors.length;
  const catalyst = actors[0]!;
  catalyst.world = "association";
  catalyst.role = "catalyst";
  catalyst.size = "petite";
  catalyst.town = 0;
  const catalystYear = 2010 + randomInt(random, 4);

  // Clusters: one or more per world, each gathering mostly that world.
  const byWorld = new Map<string, number[]>();
  for (let i = 1; i < n; i++) {
    const world = actors[i]!.world;
    byWorld.set(world, [...(byWorld.get(world) ?? []), i]);
  }
  const clusters: number[][] = [];
  for (const members of byWorld.values()) {
    const parts = Math.ceil(members.length / ADMINISTRATIVE_PARAMS.maxClusterSize);
    for (let p = 0; p < parts; p++) clusters.push(members.filter((_, k) => k % parts === p));
  }
  // Impure clusters: some members sit in another world's cluster.
  for (const cluster of clusters) {
    for (let k = cluster.length - 1; k >= 0 && cluster.length > 2; k--) {
      if (random() < 1 - ADMINISTRATIVE_PARAMS.clusterPurity) {
        const [moved] = cluster.splice(k, 1);
        clusters[randomInt(random, clusters.length)]!.push(moved!);
      }
    }
  }
  const nonEmpty = clusters.filter((cluster) => cluster.length > 0);
  for (const cluster of nonEmpty) {
    const order = shuffle(random, [...cluster]);
    // A random spanning tree keeps each cluster connected; extra links reach the mean inner degree.
    for (let k = 1; k < order.length; k++) builder.addLink(order[k]!, order[randomInt(random, k)]!);
    const s = order.length;
    const p = Math.max(0, (ADMINISTRATIVE_PARAMS.meanInnerDegree - 2 * (1 - 1 / s)) / Math.max(1, s - 1));
    for (let x = 0; x < s; x++)
      for (let y = x + 1; y < s; y++) if (random() < p) builder.addLink(order[x]!, order[y]!);
    const gateways = Math.min(
      ADMINISTRATIVE_PARAMS.maxGateways,
      Math.max(1, Math.round(s * ADMINISTRATIVE_PARAMS.gatewayShare)),
    );
    for (let g = 0; g < gateways; g++)
      builder.addLink(0, order[g]!, {
        weight: 2 + randomInt(random, 2),
        start: builder.growthYear(catalystYear),
        type: "animation",
      });
  }
  const cross = Math.round(n * ADMINISTRATIVE_PARAMS.crossClusterLinksPerActor);
  const clusterOf = new Map<number, number>();
  nonEmpty.forEach((cluster, c) => {
    for (const member of cluster) clusterOf.set(member, c);
  });
  for (let added = 0, tries = 0; added < cross && tries < cross * 50; tries++) {
    const a = 1 + randomInt(random, n - 1);
    const b = 1 + randomInt(random, n - 1);
    if (clusterOf.get(a) !== clusterOf.get(b) && builder.addLink(a, b)) added++;
  }
  builder.connect(() => 0);
}

export function drawShared(builder: PilotBuilder): void {
  const { actors, random } = builder;
  const n = actors.length;
  // Anchors: a few medium actors spread over the worlds, none dominant.
  const anchors = Math.max(3, Math.round(n * SHARED_PARAMS.anchorShare));
  for (let i = 0; i < anchors; i++) {
    actors[i]!.appeal = SHARED_PARAMS.anchorAppeal;
    actors[i]!.size = "moyenne";
  }
  const target = Math.round((n * SHARED_PARAMS.meanDegree) / 2);
  const total = actors.reduce((sum, actor) => sum + actor.appeal, 0);
  const pickByAppeal = (): number => {
    let roll = random() * total;
    for (let i = 0; i < n; i++) {
      roll -= actors[i]!.appeal;
      if (roll < 0) return i;
    }
    return n - 1;
  };
  for (let added = 0, tries = 0; added < target && tries < target * 50; tries++) {
    const a = pickByAppeal();
    let b = pickByAppeal();
    const roll = random();
    if (roll < SHARED_PARAMS.triadicClosureShare && builder.degree(a) > 0) {
      const partner = builder.randomNeighbour(a);
      if (builder.degree(partner) > 1) b = builder.randomNeighbour(partner);
    } else if (roll < SHARED_PARAMS.triadicClosureShare + SHARED_PARAMS.localShare) {
      const local = actors.flatMap((actor, i) => (actor.town === actors[a]!.town && i !== a ? [i] : []));
      if (local.length > 0) b = local[randomInt(random, local.length)]!;
    }
    if (actors[a]!.world === actors[b]!.world && random() < SHARED_PARAMS.sameWorldRejection) continue;
    if (builder.addLink(a, b, { start: builder.growthYear(FIRST_YEAR) })) added++;
  }
  builder.connect((giant) => giant[randomInt(random, giant.length)]!);
}

/** A partner for `a` among actors from `from` on, of the same world with probability `sameWorld`. */
function pickPartner(builder: PilotBuilder, a: number, sameWorld: number, from: number): number | undefined {
  const { actors, random } = builder;
  const wantSame = random() < sameWorld;
  const candidates: number[] = [];
  for (let i = from; i < actors.length; i++) {
    if (i !== a && (actors[i]!.world === actors[a]!.world) === wantSame) candidates.push(i);
  }
  return candidates.length === 0 ? undefined : candidates[randomInt(random, candidates.length)];
}
