/**
 * A pool of workers with a shared job queue: each idle worker takes the next
 * job, so uneven jobs (sources whose searches reach more actors) balance
 * themselves. Indexes are sent to a worker once, before its first job on them,
 * and kept until `release`. With `threads: 1` no worker is started: jobs run
 * in the calling thread through the same code, the single-threaded baseline.
 */
import type { CompactIndex } from "@catalyse/core";
import type { FromWorker, ToWorker, WorkerPort } from "./protocol.js";
import { canShareMemory, type IndexArrays, indexArrays } from "./shared-index.js";
import type { TaskName, TaskPayloads } from "./tasks.js";
import { createWorkerHandler } from "./worker-handler.js";

/** Options of a {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /** Number of workers. 1 runs everything in the calling thread. */
  threads: number;
  /** Starts one worker (platform-specific). */
  spawn: () => WorkerPort;
  /** Post the index in shared memory (default: when the platform allows it). */
  sharedMemory?: boolean;
}

interface Job {
  id: number;
  indexId: number;
  message: ToWorker;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  port: WorkerPort;
  loaded: Set<number>;
  job: Job | null;
  /** A crashed worker takes no more jobs. */
  dead: boolean;
}

/** A pool of workers sharing one compact index; tasks are queued and spread over them. */
export class WorkerPool {
  readonly threads: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly indexIds = new WeakMap<CompactIndex, number>();
  private readonly arrays = new Map<number, IndexArrays>();
  private readonly sharedMemory: boolean | undefined;
  private nextIndexId = 1;
  private nextJobId = 1;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1)
      throw new RangeError(`threads ${options.threads}: expected a whole number ≥ 1`);
    this.threads = options.threads;
    this.sharedMemory = options.sharedMemory;
    const count = options.threads === 1 ? 1 : options.threads;
    for (let i = 0; i < count; i++) {
      const port = options.threads === 1 ? inlinePort() : options.spawn();
      const slot: Slot = { port, loaded: new Set(), job: null, dead: false };
      port.onMessage((message) => this.settle(slot, message));
      port.onError((error) => this.fail(slot, error));
      this.slots.push(slot);
    }
  }

  /** Runs one task on `index` in the first free worker. */
  run<T extends TaskName>(index: CompactIndex, task: T, payload: TaskPayloads[T]): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error("worker pool: closed; create a new pool"));
    const indexId = this.register(index);
    return new Promise((resolve, reject) => {
      const id = this.nextJobId++;
      const message = { type: "run", jobId: id, indexId, task, payload } as ToWorker;
      this.queue.push({ id, indexId, message, resolve, reject });
      this.dispatch();
    });
  }

  /** Forgets `index` in every worker (its shared memory is freed when unreferenced). */
  release(index: CompactIndex): void {
    const indexId = this.indexIds.get(index);
    if (indexId === undefined) return;
    this.indexIds.delete(index);
    this.arrays.delete(indexId);
    for (const slot of this.slots)
      if (slot.loaded.delete(indexId)) slot.port.post({ type: "unload", indexId });
  }

  /** Stops every worker; the pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("worker pool: closed before the job ran"));
    await Promise.all(this.slots.map((slot) => slot.port.terminate()));
  }

  private register(index: CompactIndex): number {
    let indexId = this.indexIds.get(index);
    if (indexId === undefined) {
      indexId = this.nextIndexId++;
      this.indexIds.set(index, indexId);
      // Inline runs read the caller's arrays directly; workers get one shared
      // copy where the platform allows it (a page that is not cross-origin
      // isolated has no SharedArrayBuffer), else one structured clone each.
      const shared = this.threads > 1 && (this.sharedMemory ?? canShareMemory());
      this.arrays.set(indexId, indexArrays(index, shared));
    }
    return indexId;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null || slot.dead) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.port.setBusy?.(true);
      if (!slot.loaded.has(job.indexId)) {
        slot.loaded.add(job.indexId);
        slot.port.post({ type: "load", indexId: job.indexId, arrays: this.arrays.get(job.indexId)! });
      }
      slot.port.post(job.message);
    }
  }

  private settle(slot: Slot, message: FromWorker): void {
    const job = slot.job;
    if (job === null || job.id !== message.jobId) return;
    slot.job = null;
    slot.port.setBusy?.(false);
    if (message.type === "result") job.resolve(message.result);
    else {
      const error = new Error(`worker task failed: ${message.message}`);
      if (message.stack !== undefined) error.stack = message.stack;
      job.reject(error);
    }
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    const job = slot.job;
    slot.job = null;
    slot.dead = true;
    job?.reject(new Error(`worker crashed: ${error.message}`, { cause: error }));
    if (this.slots.every((other) => other.dead))
      for (const queued of this.queue.splice(0))
        queued.reject(
          new Error(`worker pool: every worker crashed (last: ${error.message})`, { cause: error }),
        );
    this.dispatch();
  }
}

/** A port that runs the worker handler in the calling thread, asynchronously like a real worker. */
function inlinePort(): WorkerPort {
  let listener: (message: FromWorker) => void = () => {};
  const handle = createWorkerHandler((message) => listener(message));
  return {
    post(message) {
      if (message.type === "load") {
        // Same arrays as the caller: nothing is copied.
        void handle(message);
        return;
      }
      setTimeout(() => void handle(message), 0);
    },
    onMessage(handler) {
      listener = handler;
    },
    onError() {},
    terminate() {},
  };
}
