/**
 * @catalyse/parallel/node: worker pools over Node's worker_threads.
 *
 * Works both from built JavaScript and from TypeScript sources run through tsx
 * (`node --conditions=source --import tsx`, how the repo runs the CLI, and
 * vitest): when this file is a `.ts` file, workers start with the tsx loader
 * and the `source` condition added to the inherited execArgv, so they import
 * the same sources as the main thread.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FromWorker, WorkerPort } from "./protocol.js";
import { WorkerPool } from "./worker-pool.js";

export * from "./index.js";

/** Options of {@link createNodePool}. */
export interface NodePoolOptions {
  /** Number of worker threads. Default: the machine's cores (`os.availableParallelism()`). */
  threads?: number;
  /** Post indexes in SharedArrayBuffers (default true). */
  sharedMemory?: boolean;
}

/** The default number of threads: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** A worker pool over Node worker_threads; close it when done. */
export function createNodePool(options: NodePoolOptions = {}): WorkerPool {
  return new WorkerPool({
    threads: options.threads ?? defaultThreads(),
    spawn: spawnNodeWorker,
    ...(options.sharedMemory === undefined ? {} : { sharedMemory: options.sharedMemory }),
  });
}

/**
 * Starts the worker entry. From built JavaScript, directly. From sources, a
 * small bootstrap registers tsx's loader in the worker thread and then imports
 * the `.ts` entry: on Node 20 an inherited `--import tsx` is not yet active
 * when a worker's entry module loads, so a `.ts` entry fails with
 * ERR_UNKNOWN_FILE_EXTENSION.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./node-worker.js", import.meta.url));
  const entry = new URL("./node-worker.ts", import.meta.url).href;
  const tsx = tsxEsmApi();
  const execArgv = withoutTsx(process.execArgv);
  if (!execArgv.some((arg) => arg.includes("conditions=source"))) execArgv.push("--conditions=source");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv });
}

/** URL of tsx's ESM `register` API (its "import" export, which `require.resolve` cannot give). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const relative = exports["./esm/api"]?.import?.default ?? "./dist/esm/api/index.mjs";
  return new URL(relative, pathToFileURL(manifest)).href;
}

/** `argv` without `--import tsx` / `--import=…tsx…` / `--loader tsx` (the bootstrap registers it). */
function withoutTsx(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((arg === "--import" || arg === "--loader" || arg === "--require") && argv[i + 1]?.includes("tsx")) {
      i++;
      continue;
    }
    if (arg.includes("tsx")) continue;
    kept.push(arg);
  }
  return kept;
}

function spawnNodeWorker(): WorkerPort {
  const worker = startWorker();
  worker.unref();
  return {
    post(message) {
      worker.postMessage(message);
    },
    onMessage(handler) {
      worker.on("message", (message: FromWorker) => handler(message));
    },
    onError(handler) {
      worker.on("error", handler);
      worker.on("exit", (code) => {
        if (code !== 0) handler(new Error(`worker exited with code ${code}`));
      });
    },
    setBusy(busy) {
      if (busy) worker.ref();
      else worker.unref();
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
