/** Entry point of a Node worker thread of the pool (see node.ts). */
import { parentPort } from "node:worker_threads";
import type { ToWorker } from "./protocol.js";
import { createWorkerHandler } from "./worker-handler.js";

const port = parentPort;
if (port === null) throw new Error("node-worker.ts: must run as a worker thread (see createNodePool)");
const handle = createWorkerHandler((message, transfer) => port.postMessage(message, transfer));
port.on("message", (message: ToWorker) => void handle(message));
