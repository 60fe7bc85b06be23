/**
 * What every community detection method returns, so that Leiden, Louvain and
 * the stability runs can be read and compared the same way.
 */

export type CommunityMethod = "leiden" | "louvain";

/** What a community detection returns: the community of each actor, their count and the partition's quality. */
export interface CommunityDetectionResult {
  method: CommunityMethod;
  /** Community of each actor id, 0..k−1 numbered by decreasing size. */
  communities: Map<string, number>;
  /** The same, by actor position in the compact index. */
  communityOf: Int32Array;
  /** Size of each community, largest first (`sizes[c]` actors in community c). */
  sizes: number[];
  /** Number of communities k. */
  count: number;
  /**
   * Newman modularity of the partition at resolution 1
   * (`nx.community.modularity(G, communities, weight="weight")`), on the
   * undirected view; null when the territory has no link.
   */
  modularity: number | null;
  /** The value of the quality function that was optimised, with its resolution. */
  quality: number | null;
  resolution: number;
  seed: number;
}
