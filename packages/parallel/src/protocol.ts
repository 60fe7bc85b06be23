/**
 * Messages between a pool and its workers. The same protocol runs over Node's
 * worker_threads and browsers' Web Workers; only the port differs.
 */
import type { IndexArrays } from "./shared-index.js";
import type { TaskName, TaskPayloads } from "./tasks.js";

/** Messages the pool sends a worker: the shared index, then tasks. */
export type ToWorker =
  | { type: "load"; indexId: number; arrays: IndexArrays }
  | { type: "unload"; indexId: number }
  | {
      [T in TaskName]: { type: "run"; jobId: number; indexId: number; task: T; payload: TaskPayloads[T] };
    }[TaskName];

/** Messages a worker sends back: a task's result or its error. */
export type FromWorker =
  | { type: "result"; jobId: number; result: unknown }
  | { type: "error"; jobId: number; message: string; stack?: string };

/** What a pool needs from a worker, whatever the platform. */
export interface WorkerPort {
  /** Sends a message to the worker. */
  post(message: ToWorker): void;
  /** Registers the handler of the worker's messages. */
  onMessage(handler: (message: FromWorker) => void): void;
  /** An uncaught failure of the worker itself (not of one task). */
  onError(handler: (error: Error) => void): void;
  /** Lets an idle worker not keep the process alive (Node); no-op elsewhere. */
  setBusy?(busy: boolean): void;
  /** Stops the worker. */
  terminate(): Promise<void> | void;
}
