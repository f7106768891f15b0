/**
 * Reads what wrangler answered to the two commands preflight runs, `wrangler secret list` and
 * `wrangler deploy --dry-run`, into findings in words. Pure: the caller runs the commands.
 */
import type { CommandResult } from "../wrangler-cli.js";
import type { Finding, SecretsState } from "./checks.js";

/** The Workers Free plan's limit on a Worker's compressed size; the paid plan allows 10 MB. */
const FREE_PLAN_GZIP_KIB = 3 * 1024;

/** ANSI colour codes, which wrangler writes even into a pipe. */
const ANSI = /\x1b\[[0-9;]*m/g;

/** wrangler's error lines ("✘ [ERROR] …" and what follows), without colour or the marker. */
function errorText(result: CommandResult): string {
  const text = `${result.stderr}\n${result.stdout}`.replace(ANSI, "");
  const start = text.indexOf("[ERROR]");
  const body = start >= 0 ? text.slice(start + "[ERROR]".length) : text;
  return body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("🪵"))
    .join(" ");
}

/** Why `wrangler secret list` could not say, in words. */
function unknownReason(result: CommandResult, error: string): string {
  if (result.status === null) return "wrangler did not answer in time";
  if (/non-interactive environment|not logged in|CLOUDFLARE_API_TOKEN/i.test(error)) return "you are not logged in to Cloudflare here: npx wrangler login";
  if (/resolve Cloudflare's API hostname|fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|network/i.test(error)) return "Cloudflare could not be reached from this computer";
  return error.split(/(?<=\.)\s/)[0] || `wrangler exited with code ${result.status}`;
}

/** What `wrangler secret list --format json` says of the Worker's secrets. */
export function secretsState(result: CommandResult): SecretsState {
  const error = errorText(result);
  if (result.status === 0) {
    try {
      const listed: unknown = JSON.parse(result.stdout);
      if (Array.isArray(listed)) return { kind: "listed", names: listed.map((s: { name?: unknown }) => String(s?.name ?? "")).filter(Boolean) };
    } catch {
      // not JSON: said below
    }
    return { kind: "unknown", reason: "wrangler's list of secrets could not be read" };
  }
  if (/Worker "[^"]*"(?: \(env: [^)]*\))? not found/.test(error)) return { kind: "no-worker" };
  return { kind: "unknown", reason: unknownReason(result, error) };
}

/** What `wrangler deploy --dry-run` says: the Worker builds and its configuration is valid, or why not. */
export function dryRunFinding(result: CommandResult): Finding {
  if (result.status !== 0) {
    const why = result.status === null ? "it did not finish in time" : errorText(result) || `it exited with code ${result.status}`;
    return { severity: "blocker", text: `wrangler deploy --dry-run failed, so wrangler deploy would too: ${why}` };
  }
  const size = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(result.stdout.replace(ANSI, ""));
  const gzip = size ? Number(size[2]) : null;
  if (gzip !== null && gzip > FREE_PLAN_GZIP_KIB) {
    return { severity: "warning", text: `wrangler deploy --dry-run: the Worker builds, but at ${gzip} KiB gzipped it is over the Workers Free plan's 3 MB (the paid plan allows 10 MB).` };
  }
  return { severity: "ok", text: `wrangler deploy --dry-run: the Worker builds and wrangler accepts the configuration${size ? ` (${size[1]} KiB, ${size[2]} KiB gzipped)` : ""}.` };
}
