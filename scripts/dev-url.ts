/**
 * Where `npm start` serves the Worker, worked out before wrangler dev starts, so that the links
 * in reports (APP_URL) point at the port and host really in use: `npm start -- --port 9000`
 * links to 9000, and a busy 8787 moves both the server and the links to the next free port.
 */
import { createServer } from "node:net";

/** wrangler dev's own default port. */
export const DEFAULT_DEV_PORT = 8787;

/** Ports tried from DEFAULT_DEV_PORT on before asking the system for any free one, as wrangler dev does. */
const PORTS_TO_TRY = 10;

/** Addresses that listen on every interface: a browser reaches them as localhost. */
const WILDCARD_IPS = new Set(["0.0.0.0", "::", "*"]);

/** The wrangler dev options that decide the server's address, and every other argument as given. */
export interface DevArguments {
  protocol: "http" | "https";
  /** `--ip`, or null for wrangler's default (localhost). */
  ip: string | null;
  /** `--port`, or null when it was not given (or was 0, "any port"). */
  port: number | null;
  /** The arguments without `--port`, which the caller passes again with the port it settled on. */
  rest: string[];
}

/** The value of `--name value` or `--name=value` at `args[i]`, and how many arguments it took. */
function optionAt(args: readonly string[], i: number, name: string): { value: string; used: number } | null {
  const arg = args[i]!;
  if (arg === `--${name}`) return args[i + 1] === undefined ? null : { value: args[i + 1]!, used: 2 };
  return arg.startsWith(`--${name}=`) ? { value: arg.slice(name.length + 3), used: 1 } : null;
}

/** Reads `--port`, `--ip` and `--local-protocol` from wrangler dev arguments. */
export function parseDevArguments(args: readonly string[]): DevArguments {
  const parsed: DevArguments = { protocol: "http", ip: null, port: null, rest: [] };
  for (let i = 0; i < args.length; ) {
    const port = optionAt(args, i, "port");
    if (port) {
      const n = Number(port.value);
      if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new Error(`--port must be a port number from 1 to 65535, not “${port.value}”.`);
      parsed.port = n === 0 ? null : n;
      i += port.used;
      continue;
    }
    const ip = optionAt(args, i, "ip");
    const protocol = optionAt(args, i, "local-protocol");
    if (ip) parsed.ip = ip.value;
    if (protocol?.value === "https") parsed.protocol = "https";
    const used = ip?.used ?? protocol?.used ?? 1;
    parsed.rest.push(...args.slice(i, i + used));
    i += used;
  }
  return parsed;
}

/** The address a browser on this machine opens for a server listening as `listen` says. */
export function devAppUrl(listen: { protocol: "http" | "https"; ip: string | null; port: number }): string {
  const ip = listen.ip === null || WILDCARD_IPS.has(listen.ip) ? "localhost" : listen.ip;
  const host = ip.includes(":") ? `[${ip}]` : ip;
  return `${listen.protocol}://${host}:${listen.port}`;
}

/** True when nothing listens on `port` at `host` yet. */
function portFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port the system says is free at `host`. */
export function anyFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error(`no free port at ${host}`))));
    });
  });
}

/** The first free port from `from` on (PORTS_TO_TRY of them), else any free one. */
export async function firstFreePort(host: string, from: number = DEFAULT_DEV_PORT): Promise<number> {
  for (let port = from; port < from + PORTS_TO_TRY && port <= 65_535; port++) {
    if (await portFree(port, host)) return port;
  }
  return anyFreePort(host);
}
