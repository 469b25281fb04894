/** The task pane's time to interactive in headless Chromium, on the production build. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";

export async function benchPane(dist: string): Promise<void> {
  const browserPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(join(dist, "preview.html")) || !existsSync(browserPath)) {
    console.log("pane time to interactive: not measured (needs `npm run build` and Chromium)");
    return;
  }
  const types: Record<string, string> = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".png": "image/png",
  };
  const server = http.createServer((req, res) => {
    const path = join(dist, new URL(req.url ?? "/", "http://x").pathname);
    readFile(path)
      .then((b) =>
        res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(b),
      )
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}/preview.html`);
    // Interactive: the first action button can be clicked, with the sample roster scored.
    await page.getByRole("button", { name: "Load standard" }).waitFor();
    times.push(Date.now() - start);
    await page.close();
  }
  await browser.close();
  server.close();
  times.sort((a, b) => a - b);
  console.log(
    `pane time to interactive: ${times[2]} ms median of 5 (headless Chromium, preview with the sample roster)`,
  );
}
