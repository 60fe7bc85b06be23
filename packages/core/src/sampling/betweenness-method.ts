/**
 * Choosing exact or approximate betweenness. Exact Brandes (2001) visits every
 * link once per actor, n·2m link visits; at a few nanoseconds each, beyond
 * {@link EXACT_BETWEENNESS_BUDGET} visits (about 30 s on one core) Catalyse
 * switches to sampling (Riondato & Kornaropoulos 2016) unless told otherwise,
 * and says so on stderr and in the document.
 *
 * For scale: 20,000 actors / 100,000 links (4·10⁹ visits) stay exact;
 * 100,000 actors / 1,000,000 links (2·10¹¹) go approximate.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { DEFAULT_APPROX_DELTA, DEFAULT_APPROX_EPSILON } from "./sample-size.js";

/** Link visits (n·2m) above which betweenness is approximated by default. */
export const EXACT_BETWEENNESS_BUDGET = 1e10;

/** What a caller asks: decide by size, exact, or sampled with given ε and δ. */
export type BetweennessMethodRequest = "auto" | "exact" | { epsilon?: number; delta?: number };

/** How betweenness is computed: exact, or sampled with its ε and δ. */
export type BetweennessMethod =
  | { method: "exact"; automatic: boolean }
  | { method: "approx"; epsilon: number; delta: number; automatic: boolean };

/** Chooses exact or sampled betweenness from the territory's size and the request (exact up to the link-visit budget). */
export function chooseBetweennessMethod(
  index: CompactIndex,
  request: BetweennessMethodRequest = "auto",
): BetweennessMethod {
  if (request === "exact") return { method: "exact", automatic: false };
  if (request !== "auto")
    return {
      method: "approx",
      epsilon: request.epsilon ?? DEFAULT_APPROX_EPSILON,
      delta: request.delta ?? DEFAULT_APPROX_DELTA,
      automatic: false,
    };
  const visits = index.order * 2 * index.size;
  if (visits <= EXACT_BETWEENNESS_BUDGET) return { method: "exact", automatic: true };
  return { method: "approx", epsilon: DEFAULT_APPROX_EPSILON, delta: DEFAULT_APPROX_DELTA, automatic: true };
}

/** Parses `--approx ε[,δ]` (e.g. `0.01` or `0.01,0.1`). */
export function parseApproxOption(text: string): { epsilon: number; delta: number } {
  const [e, d] = text.split(",").map((part) => part.trim());
  const epsilon = Number(e);
  const delta = d === undefined || d === "" ? DEFAULT_APPROX_DELTA : Number(d);
  if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1))
    throw new RangeError(`--approx "${text}": expected ε[,δ] with 0 < ε < 1 and 0 < δ < 1, e.g. 0.01,0.1`);
  return { epsilon, delta };
}

/** The notice printed when betweenness is approximated. */
export function betweennessNotice(choice: BetweennessMethod, index: CompactIndex): string | null {
  if (choice.method === "exact") return null;
  const why = choice.automatic
    ? `${index.order} actors and ${index.size} links exceed the exact budget; pass --exact to force Brandes`
    : "as requested";
  return `betweenness approximated (Riondato & Kornaropoulos 2016): within ε = ${choice.epsilon} with probability ${1 - choice.delta} (${why})`;
}
