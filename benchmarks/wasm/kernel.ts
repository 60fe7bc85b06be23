/**
 * brandes.wat encoded with wabt (a devDependency of the benchmarks only,
 * nothing ships), and the kernel instantiated on a compact index in Node.
 */
import { readFileSync } from "node:fs";
import type { CompactIndex } from "@catalyse/core";
import wabt from "wabt";
import { instantiateWasmBrandes, type WasmBrandes } from "./wasm-brandes.js";

export type { WasmBrandes } from "./wasm-brandes.js";

let bytes: Uint8Array<ArrayBuffer> | undefined;

/** brandes.wat encoded as a WebAssembly binary (validated by wabt). */
export async function wasmBytes(): Promise<Uint8Array<ArrayBuffer>> {
  if (!bytes) {
    const text = readFileSync(new URL("./brandes.wat", import.meta.url), "utf8");
    const module = (await wabt()).parseWat("brandes.wat", text);
    try {
      module.validate();
      // copied out of wabt's own heap (and typed as a plain ArrayBuffer's view)
      bytes = new Uint8Array(module.toBinary({}).buffer);
    } finally {
      module.destroy();
    }
  }
  return bytes;
}

/** Copies the index into a new WebAssembly memory and instantiates the kernel on it. */
export async function createWasmBrandes(index: CompactIndex): Promise<WasmBrandes> {
  return instantiateWasmBrandes(await wasmBytes(), index);
}
