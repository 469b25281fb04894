/**
 * npm start.
 * Windows and macOS: builds, serves over https and sideloads the add-in into Excel
 * desktop through office-addin-debugging (stop with `npm stop`).
 * Elsewhere (Linux, CI, containers): serves the add-in and prints the browser preview's
 * address (the pane on an in-memory workbook with the sample roster) and how to sideload
 * into Excel on the web.
 */
import { spawn } from "node:child_process";

const port = Number(process.env.PORT || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";

function run(command, args, env = {}) {
  const child = spawn(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...env },
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

if (desktop && !process.env.ITSS_PREVIEW) {
  run("npx", [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(port),
  ]);
} else {
  // Excel on the web needs https: HTTPS=1 npm start uses the office-addin-dev-certs certificate.
  const https = process.env.HTTPS === "1";
  const scheme = https ? "https" : "http";
  console.log(
    [
      "",
      "ITSS Skill Scoring: building and serving (first build takes about 20 seconds)…",
      "",
      `  Preview in a browser (sample roster built in):  ${scheme}://localhost:${port}/preview.html`,
      "",
      "  Sideload into Excel on the web: run `HTTPS=1 npm start`, then in Excel on the web choose",
      "  Home > Add-ins > More Settings > Upload My Add-in and pick manifest.xml.",
      "  Stop with Ctrl+C.",
      "",
    ].join("\n"),
  );
  run("npx", ["webpack", "serve", "--mode", "development"], { ITSS_HTTP: https ? "0" : "1" });
}
