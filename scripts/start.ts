/**
 * `npm start`: wrangler dev with the development credentials and DEV_TOOLS on, and APP_URL set
 * to the address the server really listens on (see dev-url.ts), so every link in a report or
 * reminder opens this server. Arguments after `--` go to wrangler dev as they are.
 */
import { spawn } from "node:child_process";
import { DEV_API_TOKEN, DEV_PASSWORD } from "../src/web/auth-config.js";
import { devAppUrl, firstFreePort, parseDevArguments } from "./dev-url.js";
import { WRANGLER_BIN } from "./wrangler-cli.js";

function argumentsOrExit() {
  try {
    return parseDevArguments(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return process.exit(2);
  }
}

const args = argumentsOrExit();
const port = args.port ?? (await firstFreePort(args.ip ?? "localhost"));
const url = devAppUrl({ ...args, port });
console.log(`followup-check: the web app and the links in reports are at ${url}`);

const child = spawn(
  process.execPath,
  [WRANGLER_BIN, "dev", "--port", String(port), "--var", `APP_URL:${url}`, "--var", "DEV_TOOLS:true", "--var", `API_TOKEN:${DEV_API_TOKEN}`, ...args.rest],
  // APP_PASSWORD is a required secret (wrangler.toml [secrets]): wrangler dev takes those from
  // .dev.vars or the environment, and warns about one given as a --var.
  { stdio: "inherit", env: { ...process.env, APP_PASSWORD: DEV_PASSWORD } },
);
// Ctrl-C reaches wrangler directly (same process group); a SIGTERM sent to this process alone is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
