/** Entry point of a Web Worker of the pool (see browser.ts). */
import type { ToWorker } from "./protocol.js";
import { createWorkerHandler } from "./worker-handler.js";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createWorkerHandler((message, transfer) => scope.postMessage(message, transfer));
scope.addEventListener("message", (event) => void handle(event.data));
