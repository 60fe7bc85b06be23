/**
 * igraph and NetworkX as contenders in the runner's own loop: one Python
 * process (python/worker.py) keeps each graph loaded and answers one timed
 * call per request, so the runner can interleave them with the JavaScript
 * contenders repetition by repetition instead of timing them in a block.
 */
import { type ChildProcessByStdio, spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const PYTHON = "/usr/bin/python3";
const WORKER = join(HERE, "..", "python", "worker.py");

export type PythonTool = "igraph" | "networkx";

export interface PythonTiming {
  /** Wall-clock milliseconds of the call, already multiplied by `scale`. */
  ms: number;
  /** n / sources when NetworkX ran a sample of sources (an estimate), else 1. */
  scale: number;
}

/** Whether Debian's python3-igraph and python3-networkx can be imported. */
export function pythonContendersAvailable(): boolean {
  const probe = spawnSync(PYTHON, ["-c", "import igraph, networkx"], { stdio: "ignore" });
  return probe.status === 0;
}

export class PythonWorker {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly lines: Interface;
  private readonly pending: ((line: string) => void)[] = [];

  constructor() {
    this.child = spawn(PYTHON, [WORKER], { stdio: ["pipe", "pipe", "inherit"] });
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on("line", (line) => this.pending.shift()?.(line));
  }

  private request(command: object): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`bench: python worker exited (${code})`));
      this.child.once("exit", onExit);
      this.pending.push((line) => {
        this.child.off("exit", onExit);
        const answer = JSON.parse(line) as Record<string, unknown>;
        if (typeof answer.error === "string") reject(new Error(`bench: python worker: ${answer.error}`));
        else resolve(answer);
      });
      this.child.stdin.write(`${JSON.stringify(command)}\n`);
    });
  }

  async load(graph: string, path: string, weighted: boolean): Promise<void> {
    await this.request({ cmd: "load", graph, path, weighted });
  }

  /** One timed call, or null when the tool has no such metric. */
  async time(graph: string, tool: PythonTool, metric: string): Promise<PythonTiming | null> {
    const answer = await this.request({ cmd: "time", graph, tool, metric });
    if (typeof answer.ms !== "number") return null;
    return { ms: answer.ms, scale: typeof answer.scale === "number" ? answer.scale : 1 };
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.stdin.end(`${JSON.stringify({ cmd: "quit" })}\n`);
    await exited;
    this.lines.close();
  }
}
