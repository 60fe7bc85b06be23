/**
 * The page's side of the analysis worker. A new request supersedes the one
 * running: the old worker is terminated (the only way to stop a busy worker)
 * and a fresh one started, so a fast-moving time slider never queues work.
 */
import type { ExplorerAnalysis } from "../analysis/explorer-analysis.js";
import type { AnalysisMessage, AnalysisRequest } from "./analysis-protocol.js";

export interface AnalysisCallbacks {
  onProgress: (done: number, total: number, step: string) => void;
  onResult: (analysis: ExplorerAnalysis, elapsedMs: number) => void;
  onError: (message: string) => void;
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 1;
  private current = 0;

  run(rows: Omit<AnalysisRequest, "id">, callbacks: AnalysisCallbacks): void {
    if (this.worker && this.busy) {
      this.worker.terminate();
      this.worker = null;
    }
    const worker = this.worker ?? this.spawn();
    this.worker = worker;
    const id = this.nextId++;
    this.current = id;
    this.busy = true;
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      if (message.id !== this.current) return;
      if (message.type === "progress") callbacks.onProgress(message.done, message.total, message.step);
      else if (message.type === "result") {
        this.busy = false;
        callbacks.onResult(message.analysis, message.elapsedMs);
      } else {
        this.busy = false;
        callbacks.onError(message.message);
      }
    };
    worker.onerror = (event) => {
      this.busy = false;
      callbacks.onError(event.message || "the analysis worker failed");
    };
    worker.postMessage({ id, ...rows });
  }

  private spawn(): Worker {
    return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  }
}
