/**
 * The graphs every suite runs on (issue 3): Barabási–Albert graphs of 1k, 10k
 * and 50k actors with m = 5, and a weighted 10k one (integer weights 1–5),
 * each from a fixed seed.
 */
import { barabasiAlbert, type EdgeList } from "./barabasi-albert.js";

export interface GraphSpec {
  name: string;
  weighted: boolean;
  make: () => EdgeList;
}

export const STANDARD_GRAPHS: readonly GraphSpec[] = [
  { name: "ba-1k", weighted: false, make: () => barabasiAlbert({ order: 1_000, m: 5, seed: 1 }) },
  { name: "ba-10k", weighted: false, make: () => barabasiAlbert({ order: 10_000, m: 5, seed: 2 }) },
  { name: "ba-50k", weighted: false, make: () => barabasiAlbert({ order: 50_000, m: 5, seed: 3 }) },
  {
    name: "ba-10k-weighted",
    weighted: true,
    make: () => barabasiAlbert({ order: 10_000, m: 5, seed: 4, maxWeight: 5 }),
  },
];
