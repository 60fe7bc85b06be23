/** Launches Debian's Chromium through playwright-core (no downloaded browser). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "catalyse-explorer-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      // A GPU process (SwiftShader in it) composites off the page's main
      // thread, as in a browser with a GPU. With --disable-gpu the compositor
      // reads every WebGL frame back on the main thread (glReadPixels: 2–5 s a
      // frame at 50,000 links), which no user's browser does.
      // E2E_DISABLE_GPU=1 measures that worst case.
      ...(process.env.E2E_DISABLE_GPU ? ["--disable-gpu"] : []),
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // WebGL2 through SwiftShader (sigma needs WebGL2; headless has no GPU).
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
