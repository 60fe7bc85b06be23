import { afterEach, describe, expect, it, vi } from "vitest";
import {
  closenessOfRange,
  createBrowserPool,
  createWorkerHandler,
  parallelBetweenness,
  parallelCloseness,
  type ToWorker,
  type WebWorkerLike,
} from "../src/browser.js";
import { preferentialIndex } from "./helpers.js";

/**
 * A stand-in for a DOM Worker: messages are structured-cloned both ways (as
 * postMessage does, SharedArrayBuffers staying shared) and handled by the same
 * handler as browser-worker.ts, asynchronously.
 */
class FakeWebWorker implements WebWorkerLike {
  private readonly listeners: Array<(event: MessageEvent) => void> = [];
  private readonly handle = createWorkerHandler((message) => {
    const data = structuredClone(message);
    setTimeout(() => {
      for (const listener of this.listeners) listener({ data } as MessageEvent);
    }, 0);
  });
  terminated = false;
  postMessage(message: unknown): void {
    const data = structuredClone(message) as ToWorker;
    setTimeout(() => void this.handle(data), 0);
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === "message") this.listeners.push(listener as (event: MessageEvent) => void);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("worker pool over Web Workers", () => {
  const index = preferentialIndex(200, 3, 5);

  it("computes the same betweenness and closeness as the inline pool, with or without shared memory", async () => {
    const workers: FakeWebWorker[] = [];
    const createWorker = (): FakeWebWorker => {
      const worker = new FakeWebWorker();
      workers.push(worker);
      return worker;
    };
    const reference = createBrowserPool({ threads: 1 });
    const expected = await parallelBetweenness(reference, index);
    for (const sharedMemory of [true, false]) {
      const pool = createBrowserPool({ threads: 2, createWorker, sharedMemory });
      expect(await parallelBetweenness(pool, index)).toEqual(expected);
      expect(await parallelCloseness(pool, index)).toEqual(closenessOfRange(index, 0, index.order));
      await pool.close();
    }
    expect(workers).toHaveLength(4);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
    await reference.close();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("on a page that is not cross-origin isolated, posts copies instead of shared memory", async () => {
    // What a browser does there: no SharedArrayBuffer at all.
    vi.stubGlobal("crossOriginIsolated", false);
    vi.stubGlobal("SharedArrayBuffer", undefined);
    const posted: unknown[] = [];
    const pool = createBrowserPool({
      threads: 2,
      createWorker: () => {
        const worker = new FakeWebWorker();
        const post = worker.postMessage.bind(worker);
        worker.postMessage = (message: unknown) => {
          posted.push(message);
          post(message);
        };
        return worker;
      },
    });
    const expected = await parallelBetweenness(createBrowserPool({ threads: 1 }), index);
    expect(await parallelBetweenness(pool, index)).toEqual(expected);
    await pool.close();
    const offsets = posted
      .map((message) => (message as { arrays?: { offsets?: Int32Array } }).arrays?.offsets)
      .filter((array) => array !== undefined);
    expect(offsets.length).toBeGreaterThan(0);
    for (const array of offsets) expect(array!.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it("refuses a thread count that is not a whole number ≥ 1", () => {
    expect(() => createBrowserPool({ threads: 0 })).toThrow(/threads 0/);
  });
});
