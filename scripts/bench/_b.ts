import { build } from "esbuild";
const ROOT = new URL("../../", import.meta.url).pathname;
await build({ entryPoints: [`${ROOT}scripts/bench/${process.argv[4] ?? "entry.ts"}`], outfile: process.argv[2], bundle: true, format: "esm", platform: "neutral", target: "es2022", mainFields: ["module", "main"], conditions: ["workerd", "worker", "browser"], alias: { module: `${ROOT}src/shims/node-module.ts` }, jsx: "automatic", jsxImportSource: "hono/jsx", minify: process.argv[3] !== "dbg", logLevel: "error" });
