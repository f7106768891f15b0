import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // The pure pipeline, the CLI and the corpus: plain Node, reading ../shared/corpus from disk.
        test: { name: "node", include: ["test/**/*.test.ts"], exclude: ["test/worker/**", "test/e2e/**", "test/browser/**", "test/load/**"] },
      },
      {
        // The Worker inside workerd with real (local) KV and bindings from wrangler.toml.
        // Secrets are not in wrangler.toml; the web app's tests get their own (see test/worker/web-*.test.ts).
        // wrangler.toml leaves APP_URL empty until the Worker has an address: the tests run as a
        // Worker deployed with one (and override it to test the emails without).
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" }, miniflare: { bindings: { APP_PASSWORD: "test-password", API_TOKEN: "test-token", SESSION_SECRET: "test-session-secret", APP_URL: "http://localhost:8787" } } })],
        // wrangler.toml's [alias] is for the deploy bundle; the same shim here, so the tests load
        // email-forward-parser as the Worker does (no probe for the optional native re2).
        resolve: { alias: { module: fileURLToPath(new URL("./src/shims/node-module.ts", import.meta.url)) } },
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        // End to end: a real `wrangler dev` driven through its local email endpoint.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 90_000 },
      },
      {
        // Load: 300 emails with 20 in flight through a real `wrangler dev` (bounded to 120 s).
        test: { name: "load", include: ["test/load/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 90_000 },
      },
      {
        // A real browser (Debian's chromium through playwright-core) against `wrangler dev`;
        // not part of `npm test`, since chromium may be missing: `npm run test:browser`.
        test: { name: "browser", include: ["test/browser/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 90_000, fileParallelism: false },
      },
    ],
  },
});
