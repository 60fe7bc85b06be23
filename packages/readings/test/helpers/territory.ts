/** Small territories built for a rule: actors by world, links as pairs. */
import { type AnalysisDocument, type AnalyzeOptions, analyze, createTerritory } from "@catalyse/core";

export interface SmallTerritory {
  actors: { id: string; world: string; label?: string; role?: string }[];
  links: [string, string][];
}

export function analyzeSmall(territory: SmallTerritory, options: AnalyzeOptions = {}): AnalysisDocument {
  const { graph } = createTerritory({
    actors: territory.actors.map(({ role, ...actor }) => ({
      ...actor,
      attributes: { role: role ?? null },
    })),
    links: territory.links.map(([source, target]) => ({ source, target })),
  });
  return analyze(graph, options);
}

/** `count` actors of `world`, ids `${prefix}0`… */
export function actorsOf(world: string, count: number, prefix = world): SmallTerritory["actors"] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, world }));
}
