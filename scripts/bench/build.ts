/**
 * Bundles the benchmark's entry (the real pipeline) with esbuild the way wrangler bundles the
 * Worker: ESM, browser/worker conditions, the same `module` alias, minified like a deploy.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Bundles scripts/bench/`entry` (entry.ts: the pipeline) into `outfile` (.mjs) and returns its path. */
export async function bundleEntry(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [`${ROOT}scripts/bench/${entry}`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "browser"],
    // Same alias as wrangler.toml: email-forward-parser's node:module probe fails quietly.
    alias: { module: `${ROOT}src/shims/node-module.ts` },
    jsx: "automatic",
    jsxImportSource: "hono/jsx",
    minify: true,
    logLevel: "error",
  });
  return outfile;
}

/** Bundles a small Node-side helper script (the cold-start and memory children) to run without tsx. */
export async function bundleScript(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [`${ROOT}scripts/bench/${entry}`], outfile, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "error" });
  return outfile;
}
