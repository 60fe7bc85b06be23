/**
 * The body of every worker, whatever the platform: keeps the indexes it was
 * sent (by id) and runs tasks on them, answering each job with its result or
 * its error. Typed-array results are transferred, not copied.
 */
import type { CompactIndex } from "@catalyse/core";
import type { FromWorker, ToWorker } from "./protocol.js";
import { indexFromArrays } from "./shared-index.js";
import { runTask } from "./tasks.js";

export type Post = (message: FromWorker, transfer: ArrayBuffer[]) => void;

/** The message handler a worker entry installs: it runs tasks on the shared index and posts results. */
export function createWorkerHandler(post: Post): (message: ToWorker) => Promise<void> {
  const indexes = new Map<number, CompactIndex>();
  return async (message) => {
    if (message.type === "load") {
      indexes.set(message.indexId, indexFromArrays(message.arrays));
      return;
    }
    if (message.type === "unload") {
      indexes.delete(message.indexId);
      return;
    }
    try {
      const index = indexes.get(message.indexId);
      if (index === undefined) throw new Error(`index ${message.indexId} was not loaded in this worker`);
      const result = await runTask(index, message.task, message.payload);
      post({ type: "result", jobId: message.jobId, result }, transferables(result));
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      post({ type: "error", jobId: message.jobId, message: failure.message, stack: failure.stack }, []);
    }
  };
}

/** Array buffers owned by `result` (not shared ones), to move instead of copying. */
function transferables(result: unknown): ArrayBuffer[] {
  const found: ArrayBuffer[] = [];
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer && !found.includes(value.buffer)) found.push(value.buffer);
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const inner of Object.values(value)) if (ArrayBuffer.isView(inner)) visit(inner);
    }
  };
  visit(result);
  return found;
}
