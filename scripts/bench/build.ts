/**
 * Bundles the benchmark's entry (the real pipeline) with esbuild the way wrangler bundles the
 * Worker: ESM, browser/worker conditions, the same `module` alias, and wrangler.toml's own
 * `minify` and `keep_names` (so the bench times the code a deploy ships).
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { unstable_readConfig } from "wrangler";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * wrangler.toml's `minify` and `keep_names`, with wrangler's defaults when unset (no minifying,
 * names kept). keep_names matters: esbuild then wraps every function a closure creates in a call
 * that redefines its name, some 5 % of a warm check.
 */
function deployedAs(): { minify: boolean; keepNames: boolean } {
  const config = unstable_readConfig({ config: `${ROOT}wrangler.toml` });
  return { minify: config.minify ?? false, keepNames: config.keep_names ?? true };
}

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
    ...deployedAs(),
    logLevel: "error",
  });
  return outfile;
}

/** Bundles a small Node-side helper script (the cold-start and memory children) to run without tsx. */
export async function bundleScript(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [`${ROOT}scripts/bench/${entry}`], outfile, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "error" });
  return outfile;
}
