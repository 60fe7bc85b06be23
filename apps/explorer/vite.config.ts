import { defineConfig } from "vite";

// `source` makes @catalyse/core and @catalyse/io resolve to their TypeScript
// sources, so the explorer never needs the packages built first. A relative
// base lets `dist/` be served from any folder of any static server.
export default defineConfig({
  base: "./",
  resolve: { conditions: ["source"] },
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
  // The bundled territories live in the repository's datasets/ folder, outside this app.
  server: { fs: { allow: ["../.."] } },
});
