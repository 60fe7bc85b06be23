/**
 * Reading a text file in chunks with bounded memory: bytes are decoded as
 * UTF-8 (BOM dropped) or, when the start of the file is not valid UTF-8, as
 * Windows-1252 (what older French Excel writes). Progress is reported in bytes.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
// NOTE: imported rather than global: @types/node declares the global `TextDecoder` as a value only (its type comes with the DOM lib, which this Node-only package does not load).
import { TextDecoder } from "node:util";

/** Options of `readTextChunks`. */
export interface ChunkReadOptions {
  /** Bytes per read. Default 1 MiB. */
  chunkSize?: number;
  /** Called after each chunk with the bytes read so far and the file's size. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
}

/** The text encodings a streamed file is read in (detected from its first bytes). */
export type Encoding = "utf-8" | "windows-1252";

/** Yields the text of a file chunk by chunk, decoded as UTF-8 or, when the file starts with invalid UTF-8, Windows-1252; returns the encoding used. */
export async function* readTextChunks(
  path: string,
  options: ChunkReadOptions = {},
): AsyncGenerator<string, Encoding, undefined> {
  const { size } = await stat(path);
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? 1 << 20 });
  let decoder: TextDecoder | null = null;
  let encoding: Encoding = "utf-8";
  let done = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (decoder === null) {
      encoding = looksLikeUtf8(chunk) ? "utf-8" : "windows-1252";
      decoder = new TextDecoder(encoding, { ignoreBOM: false });
    }
    done += chunk.length;
    const text = decoder.decode(chunk, { stream: true });
    options.onProgress?.(done, size);
    if (text !== "") yield text;
  }
  const tail = decoder?.decode() ?? "";
  if (tail !== "") yield tail;
  return encoding;
}

function looksLikeUtf8(bytes: Uint8Array): boolean {
  try {
    // A multi-byte character cut at the end of the chunk is not an error in stream mode.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
