/**
 * The page's side of a worker (the analysis, the QAP regression). A new
 * request supersedes the one running: the old worker is terminated (the only
 * way to stop a busy worker) and a fresh one started, so a fast-moving time
 * slider never queues work.
 */
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import type { QapView } from "../analysis/qap-view.js";
import type { AnalysisRequest, QapRequest, WorkerMessage } from "./analysis-protocol.js";

export interface WorkerCallbacks<Result> {
  onProgress: (done: number, total: number, step: string) => void;
  onResult: (result: Result, elapsedMs: number) => void;
  onError: (message: string) => void;
}

export type AnalysisCallbacks = WorkerCallbacks<ExplorerAnalysis>;

export class WorkerClient<Request extends { id: number }, Result> {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 1;
  private current = 0;

  /** `spawn` names the worker's module in a `new Worker(new URL(…))` the bundler can see. */
  constructor(private readonly spawn: () => Worker) {}

  run(request: Omit<Request, "id">, callbacks: WorkerCallbacks<Result>): void {
    if (this.worker && this.busy) {
      this.worker.terminate();
      this.worker = null;
    }
    const worker = this.worker ?? this.spawn();
    this.worker = worker;
    const id = this.nextId++;
    this.current = id;
    this.busy = true;
    worker.onmessage = (event: MessageEvent<WorkerMessage<Result>>) => {
      const message = event.data;
      if (message.id !== this.current) return;
      if (message.type === "progress") callbacks.onProgress(message.done, message.total, message.step);
      else if (message.type === "result") {
        this.busy = false;
        callbacks.onResult(message.result, message.elapsedMs);
      } else {
        this.busy = false;
        callbacks.onError(message.message);
      }
    };
    worker.onerror = (event) => {
      this.busy = false;
      callbacks.onError(event.message || "the worker failed");
    };
    worker.postMessage({ id, ...request });
  }
}

/** The analysis worker's client (core's `analyze`). */
export function createAnalysisClient(): WorkerClient<AnalysisRequest, ExplorerAnalysis> {
  return new WorkerClient(
    () => new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" }),
  );
}

/** The QAP worker's client (core's `qapTerritory`). */
export function createQapClient(): WorkerClient<QapRequest, QapView> {
  return new WorkerClient(() => new Worker(new URL("./qap.worker.ts", import.meta.url), { type: "module" }));
}
