/**
 * ForceAtlas2 (Jacomy et al. 2014) in a Web Worker, through
 * graphology-layout-forceatlas2's supervisor. The supervisor writes positions
 * into the visual graph (sigma redraws on each update); this controller adds
 * a time budget (the progress shown) and a stop that keeps the positions.
 */

import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { Attributes } from "graphology-types";
import type { VisualGraph } from "../views/visual-graph.js";

const TICK_MS = 200;

export interface ForceLayoutCallbacks {
  onProgress: (share: number) => void;
  /** Called when the layout stops (budget spent or stopped), positions kept in the graph. */
  onStop: () => void;
}

export class ForceLayout {
  private supervisor: FA2LayoutSupervisor<Attributes, Attributes> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private callbacks: ForceLayoutCallbacks | null = null;

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Runs for `budgetMs` (default: longer for larger graphs). */
  start(graph: VisualGraph, callbacks: ForceLayoutCallbacks, budgetMs?: number): void {
    this.stop();
    if (graph.order === 0) return;
    const budget = budgetMs ?? Math.min(15_000, 2_000 + graph.order * 2);
    const settings = { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 };
    this.supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: "weight" });
    this.callbacks = callbacks;
    this.supervisor.start();
    callbacks.onProgress(0);
    // Progress counts timer ticks, not wall time: ticks only fire while the
    // page is free, so a busy first render does not eat the layout's budget.
    let ticks = 0;
    this.timer = setInterval(() => {
      ticks++;
      const share = Math.min(1, (ticks * TICK_MS) / budget);
      callbacks.onProgress(share);
      if (share >= 1) this.stop();
    }, TICK_MS);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const supervisor = this.supervisor;
    this.supervisor = null;
    if (supervisor) {
      supervisor.kill();
      const callbacks = this.callbacks;
      this.callbacks = null;
      callbacks?.onStop();
    }
  }
}
