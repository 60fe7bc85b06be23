/**
 * What browser.ts bundles for Chromium: builds the compact index from the
 * links Node sends (the same graph), instantiates the same .wasm bytes and runs
 * rounds.ts's interleaved rounds in the page.
 */
import { compactIndexFromArrays } from "@catalyse/core";
import { type RoundsOptions, timeKernels } from "./rounds.js";
import { instantiateWasmBrandes } from "./wasm-brandes.js";

export interface BrowserInput {
  bytes: number[];
  order: number;
  linkSource: number[];
  linkTarget: number[];
  options: RoundsOptions;
}

export async function runInPage(input: BrowserInput): Promise<{ copyMs: number; ns: [string, number[]][] }> {
  const index = compactIndexFromArrays({
    directed: false,
    ids: Array.from({ length: input.order }, (_, i) => String(i)),
    worldOf: new Int32Array(input.order),
    worldNames: ["w"],
    linkSource: Int32Array.from(input.linkSource),
    linkTarget: Int32Array.from(input.linkTarget),
    linkWeight: new Float64Array(input.linkSource.length).fill(1),
  });
  const wasm = await instantiateWasmBrandes(new Uint8Array(input.bytes), index);
  return { copyMs: wasm.copyMs, ns: [...timeKernels(index, wasm, input.options)] };
}
