#!/usr/bin/env node
// Entry of the `itss` command. The TypeScript source is bundled by `npm run build:cli`,
// which `npm install` runs through the prepare script.
const path = require("node:path");
const fs = require("node:fs");
const built = path.join(__dirname, "..", "build", "cli.js");
if (!fs.existsSync(built)) {
  process.stderr.write(
    "itss: the command is not built yet; run `npm install` (or `npm run build:cli`) first\n",
  );
  process.exit(2);
}
// exitCode, not exit(): process.exit() cuts off output still queued for a pipe (`itss score r.csv | jq`).
require(built)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
