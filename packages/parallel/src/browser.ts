/**
 * @catalyse/parallel/browser: worker pools over Web Workers, so the explorer
 * computes metrics without freezing the page.
 *
 * The index travels in SharedArrayBuffers when the page is cross-origin
 * isolated (served with `Cross-Origin-Opener-Policy: same-origin` and
 * `Cross-Origin-Embedder-Policy: require-corp`); otherwise each worker gets one
 * structured-cloned copy. With a bundler, pass `createWorker` so it sees the
 * worker entry, e.g. with Vite:
 * `import PoolWorker from "@catalyse/parallel/browser-worker?worker"` and
 * `createBrowserPool({ createWorker: () => new PoolWorker() })`.
 */
import type { FromWorker, WorkerPort } from "./protocol.js";
import { WorkerPool } from "./worker-pool.js";

export * from "./index.js";

/** The part of the DOM `Worker` the pool uses. */
export interface WebWorkerLike {
  /** Sends a message to the worker. */
  postMessage(message: unknown): void;
  /** Listens to the worker's messages. */
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  /** Listens to the worker's errors. */
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
  /** Stops the worker. */
  terminate(): void;
}

/** Options of {@link createBrowserPool}. */
export interface BrowserPoolOptions {
  /** Default: `navigator.hardwareConcurrency` (2 when unknown). */
  threads?: number;
  /** Starts one worker running `browser-worker.js`. Default: a module worker next to this file. */
  createWorker?: () => WebWorkerLike;
  sharedMemory?: boolean;
}

/** A worker pool over Web Workers (browsers); close it when done. */
export function createBrowserPool(options: BrowserPoolOptions = {}): WorkerPool {
  const create =
    options.createWorker ??
    (() => new Worker(new URL("./browser-worker.js", import.meta.url), { type: "module" }));
  return new WorkerPool({
    threads: options.threads ?? (globalThis.navigator?.hardwareConcurrency || 2),
    spawn: () => webWorkerPort(create()),
    ...(options.sharedMemory === undefined ? {} : { sharedMemory: options.sharedMemory }),
  });
}

/** Adapts a Web Worker to the pool's port. */
export function webWorkerPort(worker: WebWorkerLike): WorkerPort {
  return {
    post(message) {
      worker.postMessage(message);
    },
    onMessage(handler) {
      worker.addEventListener("message", (event: MessageEvent) => handler(event.data as FromWorker));
    },
    onError(handler) {
      worker.addEventListener("error", (event: ErrorEvent) => handler(new Error(event.message)));
    },
    terminate() {
      worker.terminate();
    },
  };
}
