/** The deployable Worker's size: `wrangler deploy --dry-run --outdir`, every output file gzipped. */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export async function measureBundle(outdir: string): Promise<{ rawBytes: number; gzipBytes: number }> {
  await promisify(execFile)("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
    maxBuffer: 16 * 1024 * 1024,
  });
  // Source maps and the README wrangler writes are not uploaded as code.
  const code = files(outdir).filter((f) => /\.(m?js|wasm|cjs)$/.test(f));
  const bytes = code.map((f) => readFileSync(f));
  return { rawBytes: bytes.reduce((n, b) => n + b.length, 0), gzipBytes: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}
