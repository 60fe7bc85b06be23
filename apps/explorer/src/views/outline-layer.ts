/**
 * The territory outline (a dropped GeoJSON) drawn under the graph in the
 * geographic layout: a 2D canvas between the tile basemap and sigma's canvas,
 * redrawn after each sigma render with sigma's graph → viewport transform,
 * as the basemap is.
 */
import type { OutlinePath } from "../geo/outline.js";
import type { BasemapProjection } from "./basemap.js";

export class OutlineLayer {
  private readonly canvas: HTMLCanvasElement;
  private paths: OutlinePath[] = [];

  constructor(
    private readonly container: HTMLElement,
    after: HTMLElement | null,
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "outline-canvas";
    this.canvas.setAttribute("aria-hidden", "true");
    if (after) after.after(this.canvas);
    else container.prepend(this.canvas);
  }

  setPaths(paths: OutlinePath[] | null): void {
    this.paths = paths ?? [];
    if (this.paths.length === 0) {
      const context = this.canvas.getContext("2d");
      context?.clearRect(0, 0, this.canvas.width, this.canvas.height);
    }
  }

  get active(): boolean {
    return this.paths.length > 0;
  }

  draw(projection: BasemapProjection): void {
    const { clientWidth: width, clientHeight: height } = this.container;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const context = this.canvas.getContext("2d");
    if (!context) return;
    context.clearRect(0, 0, width, height);
    const path = new Path2D();
    for (const { closed, points } of this.paths) {
      points.forEach((point, i) => {
        const p = projection.graphToViewport(point);
        if (i === 0) path.moveTo(p.x, p.y);
        else path.lineTo(p.x, p.y);
      });
      if (closed) path.closePath();
    }
    context.fillStyle = "rgba(70, 110, 160, 0.08)";
    context.fill(path, "evenodd");
    context.strokeStyle = "rgba(50, 80, 120, 0.75)";
    context.lineWidth = 1.5;
    context.stroke(path);
  }
}
