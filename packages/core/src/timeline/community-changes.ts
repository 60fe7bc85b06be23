/**
 * Communities merging and splitting across a timeline. Communities of
 * consecutive snapshots are matched by overlap: A (before) and B (after) match
 * when their Jaccard index |A∩B| / |A∪B| over actor ids reaches a threshold
 * (0.3 by default, as in Greene, Doyle & Cunningham 2010, "Tracking the
 * evolution of communities in dynamic social networks"). A community after
 * matched by two or more communities before is a merge; a community before
 * matched by two or more after is a split.
 */
import type { TimelineSnapshot } from "./timeline-types.js";

/** Options of the community changes between snapshots. */
export interface CommunityChangesOptions {
  /** Minimum Jaccard index for two communities to match. Default 0.3. */
  threshold?: number;
}

/** A community of a snapshot: its members and size. */
export interface CommunitySummary {
  /** Community number within its snapshot (as in the analysis document). */
  community: number;
  size: number;
  /** Up to three member labels, highest degree first. */
  examples: string[];
}

/** Communities that merged or split between two snapshots. */
export interface CommunityChange {
  year: number;
  kind: "merge" | "split";
  /** The communities before (two or more for a merge, one for a split). */
  from: CommunitySummary[];
  /** The communities after (one for a merge, two or more for a split). */
  to: CommunitySummary[];
}

interface Group {
  summary: CommunitySummary;
  members: Set<string>;
}

function groups(snapshot: TimelineSnapshot): Group[] | null {
  const byCommunity = new Map<
    number,
    { members: Set<string>; actors: { label: string; degree: number }[] }
  >();
  for (const actor of snapshot.document.actors) {
    if (actor.community === null) return null;
    const group = byCommunity.get(actor.community) ?? { members: new Set<string>(), actors: [] };
    byCommunity.set(actor.community, group);
    group.members.add(actor.id);
    group.actors.push(actor);
  }
  return [...byCommunity]
    .sort((a, b) => a[0] - b[0])
    .map(([community, group]) => ({
      members: group.members,
      summary: {
        community,
        size: group.members.size,
        examples: [...group.actors]
          .sort((a, b) => b.degree - a.degree)
          .slice(0, 3)
          .map((actor) => actor.label),
      },
    }));
}

/** Jaccard similarity of two sets (0 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const id of a) if (b.has(id)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/** Null when communities are not available in the snapshots' documents. */
export function communityChanges(
  snapshots: readonly TimelineSnapshot[],
  options: CommunityChangesOptions = {},
): CommunityChange[] | null {
  const threshold = options.threshold ?? 0.3;
  const all = snapshots.map(groups);
  if (all.some((g) => g === null)) return null;
  const changes: CommunityChange[] = [];
  for (let step = 1; step < snapshots.length; step++) {
    const before = all[step - 1]!;
    const after = all[step]!;
    const matches = before.map((a) => after.filter((b) => jaccard(a.members, b.members) >= threshold));
    const year = snapshots[step]!.year;
    for (const b of after) {
      const from = before.filter((_a, i) => matches[i]!.includes(b));
      if (from.length >= 2)
        changes.push({ year, kind: "merge", from: from.map((g) => g.summary), to: [b.summary] });
    }
    before.forEach((a, i) => {
      const to = matches[i]!;
      if (to.length >= 2)
        changes.push({ year, kind: "split", from: [a.summary], to: to.map((g) => g.summary) });
    });
  }
  return changes;
}
