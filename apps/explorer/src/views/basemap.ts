/**
 * An optional tile basemap under the graph in the geographic layout. The
 * tiles are drawn on a 2D canvas behind sigma's (transparent) WebGL canvas
 * and redrawn after each sigma render, using sigma's own graph → viewport
 * transform so both stay aligned while panning and zooming.
 */
import { tilesFor, tileUrl, tileZoom } from "../layout/tiles.js";

export interface BasemapProjection {
  graphToViewport: (point: { x: number; y: number }) => { x: number; y: number };
  viewportToGraph: (point: { x: number; y: number }) => { x: number; y: number };
}

export class Basemap {
  private readonly canvas: HTMLCanvasElement;
  private readonly images = new Map<string, HTMLImageElement>();
  private template = "";

  constructor(
    private readonly container: HTMLElement,
    private readonly onLoad: () => void,
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "basemap-canvas";
    this.canvas.setAttribute("aria-hidden", "true");
    container.prepend(this.canvas);
  }

  setTemplate(template: string): void {
    this.template = template.trim();
    if (this.template === "") this.clear();
  }

  clear(): void {
    const context = this.canvas.getContext("2d");
    context?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  draw(projection: BasemapProjection): void {
    const { clientWidth: width, clientHeight: height } = this.container;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const context = this.canvas.getContext("2d");
    if (!context || this.template === "") return;
    context.clearRect(0, 0, width, height);
    const a = projection.viewportToGraph({ x: 0, y: 0 });
    const b = projection.viewportToGraph({ x: width, y: height });
    const left = projection.graphToViewport({ x: 0, y: 0 });
    const right = projection.graphToViewport({ x: 1000, y: 0 });
    const z = tileZoom(Math.abs(right.x - left.x));
    const bounds = {
      west: Math.min(a.x, b.x),
      east: Math.max(a.x, b.x),
      south: Math.min(a.y, b.y),
      north: Math.max(a.y, b.y),
    };
    context.globalAlpha = 0.85;
    for (const tile of tilesFor(bounds, z)) {
      const url = tileUrl(this.template, tile);
      if (url === null) return;
      let image = this.images.get(url);
      if (!image) {
        image = new Image();
        image.crossOrigin = "anonymous";
        image.onload = () => this.onLoad();
        image.src = url;
        this.images.set(url, image);
      }
      if (!image.complete || image.naturalWidth === 0) continue;
      const nw = projection.graphToViewport({ x: tile.west, y: tile.north });
      const se = projection.graphToViewport({ x: tile.east, y: tile.south });
      context.drawImage(image, nw.x, nw.y, se.x - nw.x, se.y - nw.y);
    }
  }
}
