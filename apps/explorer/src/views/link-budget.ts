/**
 * How many links the graph view draws. Every link is counted in the metrics
 * (the worker reads the filtered rows), but drawing is another matter: under
 * software WebGL (SwiftShader, llvmpipe: what Chrome and Firefox fall back to
 * on a blocklisted GPU, a virtual machine or a remote desktop) each frame
 * costs in proportion to the links handed to sigma, hidden or not: 3.4 s per
 * frame for 10,000 actors and 50,000 links, 0.3 s without the links
 * (benchmarks/explorer). There the view draws the strongest links only,
 * says so, and offers to draw them all.
 */

/** Links drawn under software WebGL unless the user asks for all of them. */
export const SOFTWARE_LINK_BUDGET = 10_000;

/**
 * The `budget` heaviest links, heaviest first; among equal weights the
 * earlier link wins, so the same rows always give the same picture.
 */
export function strongestLinks<T extends { weight: number }>(links: readonly T[], budget: number): T[] {
  if (links.length <= budget) return [...links];
  // Array.prototype.sort is stable: ties keep their input order.
  return [...links].sort((a, b) => b.weight - a.weight).slice(0, Math.max(0, budget));
}

/** True for the renderer strings of software rasterisers (WebGL's UNMASKED_RENDERER). */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software rasterizer|microsoft basic render/i.test(renderer);
}

/**
 * The WebGL renderer of this browser, read once from a throwaway context
 * (released at once), or null where WebGL2 or the renderer string is not
 * available.
 */
export function webglRenderer(): string | null {
  if (typeof document === "undefined") return null;
  const gl = document.createElement("canvas").getContext("webgl2");
  if (!gl) return null;
  try {
    // Firefox reports the real renderer in RENDERER; Chrome only through the extension.
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    return typeof renderer === "string" ? renderer : null;
  } finally {
    gl.getExtension("WEBGL_lose_context")?.loseContext();
  }
}
