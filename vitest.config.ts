import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // The pure pipeline, the CLI and the corpus: plain Node, reading ../shared/corpus from disk.
        test: { name: "node", include: ["test/**/*.test.ts"], exclude: ["test/worker/**", "test/e2e/**"] },
      },
      {
        // The Worker inside workerd with real (local) KV and bindings from wrangler.toml.
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        // End to end: a real `wrangler dev` driven through its local email endpoint.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 90_000 },
      },
    ],
  },
});
