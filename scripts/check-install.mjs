/**
 * Runs before `npm start`, `npm test` and the other npm scripts that need a complete install,
 * and says in one line what to run when the install is not complete. Plain JavaScript with no
 * imports outside Node, so it runs on whatever Node the machine has (20 included).
 *
 * Why it exists: npm checks the `engines` of wrangler and miniflare against the Node that
 * runs npm itself, not the Node 24 that the project's scripts run on (the node-<platform>
 * optional dependency, linked as node_modules/.bin/node). That check is silenced in .npmrc
 * and made here instead, against the Node that really runs the scripts. `npm install
 * --ignore-scripts` also skips `prepare`, which builds the spelling dictionary and the zone table.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const problems = [];

/** The lowest version a `>=x.y.z` range allows, as numbers; wrangler's engines use that form. */
function lowestAllowed(range) {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  return match ? match.slice(1).map(Number) : null;
}

function atLeast(version, wanted) {
  const have = version.replace(/^v/, "").split(".").map(Number);
  for (let i = 0; i < 3; i++) if (have[i] !== wanted[i]) return have[i] > wanted[i];
  return true;
}

const wranglerManifest = `${root}node_modules/wrangler/package.json`;
if (!existsSync(wranglerManifest)) {
  problems.push("The dependencies are not installed: run `npm ci` (or `npm install`).");
} else {
  const range = JSON.parse(readFileSync(wranglerManifest, "utf8")).engines?.node ?? "";
  const wanted = lowestAllowed(range);
  if (wanted && !atLeast(process.version, wanted)) {
    const bundled = ["node", "node.cmd"].some((name) => existsSync(`${root}node_modules/.bin/${name}`));
    problems.push(
      `This ran on Node ${process.version} (${process.execPath}), and wrangler needs Node ${range}. ` +
        (bundled
          ? "The project's own Node is in node_modules/.bin: run the command through npm (`npm start`, `npm test`, `npm run …`), which puts it first on PATH."
          : "`npm install` puts Node 24 in node_modules/.bin (the node-<platform> optional dependency) and it is missing, " +
            "so the install skipped optional dependencies: run `npm ci` without --omit=optional or --no-optional."),
    );
  }
}

if (!existsSync(`${root}src/spelling/words.generated.ts`)) {
  problems.push("The spelling dictionary has not been built (the install skipped scripts): run `npm run build:dictionary`.");
}
if (!existsSync(`${root}src/zone-rules.generated.ts`)) {
  problems.push("The time-zone table has not been built (the install skipped scripts): run `npm run build:time-zones`.");
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`followup-check: ${problem}`);
  process.exit(1);
}
