/**
 * The most central members of each community of an analysis document, so
 * that a community can be named by who holds it together ("GAIA, Ville de
 * Grenoble and 5 others") rather than by a number.
 *
 * Centrality: betweenness when the document has it (who links the
 * community to the rest), then degree, then strength; ties by label then id,
 * so that the names are stable from one run to the next.
 */
import type { ActorFigures, AnalysisDocument } from "./analysis-document.js";

/** Options of the community leaders: how many members name each community. */
export interface CommunityLeadersOptions {
  /** How many members name a community. Default 2. */
  named?: number;
}

/** The defaults of {@link CommunityLeadersOptions}. */
export const COMMUNITY_LEADERS_DEFAULTS: Readonly<Required<CommunityLeadersOptions>> = { named: 2 };

/** A community of the analysis document and the most central members that name it. */
export interface CommunityLeaders {
  /** The community number of the document's actors (0 is the largest). */
  community: number;
  size: number;
  /** Ids of the most central members, most central first (at most `named`). */
  leaders: string[];
  /** Members not named: `size - leaders.length`. */
  others: number;
}

function byCentrality(a: ActorFigures, b: ActorFigures): number {
  return (
    (b.betweenness ?? 0) - (a.betweenness ?? 0) ||
    b.degree - a.degree ||
    b.strength - a.strength ||
    a.label.localeCompare(b.label) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Each community's most central members, by community number; empty when communities were not computed. */
export function communityLeaders(
  document: AnalysisDocument,
  options: CommunityLeadersOptions = {},
): CommunityLeaders[] {
  const named = options.named ?? COMMUNITY_LEADERS_DEFAULTS.named;
  const members = new Map<number, ActorFigures[]>();
  for (const actor of document.actors) {
    if (actor.community === null) continue;
    const list = members.get(actor.community) ?? [];
    list.push(actor);
    members.set(actor.community, list);
  }
  return [...members]
    .sort((a, b) => a[0] - b[0])
    .map(([community, actors]) => {
      const leaders = [...actors].sort(byCentrality).slice(0, named);
      return {
        community,
        size: actors.length,
        leaders: leaders.map((actor) => actor.id),
        others: actors.length - leaders.length,
      };
    });
}
