/**
 * What `npm run preflight` says about a deploy before it happens: each check reads the
 * configuration as wrangler reads wrangler.toml (plus what Cloudflare says of the secrets) and
 * answers in words, with what to do. Pure: no files, no network, no clock (today is passed in).
 */
import * as z from "zod/mini";
import type { Unstable_Config } from "wrangler";
import { parseCheckerAddress } from "../../src/checker-address.js";
import { parseOwnerAddresses } from "../../src/worker/owner.js";

/** The parts of wrangler's configuration that the checks read. */
export type DeployConfig = Pick<Unstable_Config, "compatibility_date" | "vars" | "kv_namespaces" | "send_email" | "secrets">;

/**
 * A blocker stops the deploy; a warning is worth reading but does not; unchecked is what could
 * not be found out from this computer (Cloudflare could not be asked), said so rather than passed.
 */
export interface Finding {
  severity: "blocker" | "warning" | "unchecked" | "ok";
  text: string;
}

/** What Cloudflare said about the Worker's secrets (see wrangler-output.ts). */
export type SecretsState = { kind: "listed"; names: string[] } | { kind: "no-worker" } | { kind: "unknown"; reason: string };

export interface PreflightInput {
  config: DeployConfig;
  secrets: SecretsState;
  /** Today in UTC, "YYYY-MM-DD": Cloudflare refuses a compatibility date after it. */
  today: string;
  /** The newest compatibility date the installed runtime (npm start, npm test) knows. */
  runtimeDate: string;
}

/** The owner address wrangler.toml ships with, for local development. */
const EXAMPLE_OWNER = "alex@candidate.example";
/** Domains reserved for examples and tests (RFC 2606, RFC 6761): no mail is delivered there. */
const RESERVED_DOMAINS = ["example", "example.com", "example.net", "example.org", "test", "invalid", "localhost"];
/** A checker address is hard to guess when it carries a random suffix this long (`openssl rand -hex 4` gives 8). */
const RANDOM_SUFFIX = /[0-9a-f]{6,}/;
/** Where a first deploy puts the Worker, for the messages. */
const WORKERS_DEV_URL = "https://followup-check.<your-subdomain>.workers.dev";
/** An Access application's audience tag: 64 hex digits. */
const ACCESS_AUD = /^[0-9a-f]{64}$/i;
/** The namespace id the configuration once shipped as a placeholder. */
const PLACEHOLDER_KV_ID = /^0+$/;
/** The Worker's secrets and what each is, for the messages; any other name is listed as it is. */
const SECRET_PURPOSES: Record<string, string> = {
  APP_PASSWORD: "the password you log in to the web app with",
  API_TOKEN: "the JSON API's bearer token, e.g. openssl rand -hex 32",
  SESSION_SECRET: "what session cookies are signed under",
};

const blocker = (text: string): Finding => ({ severity: "blocker", text });
const warning = (text: string): Finding => ({ severity: "warning", text });
const unchecked = (text: string): Finding => ({ severity: "unchecked", text });
const ok = (text: string): Finding => ({ severity: "ok", text });

const isEmail = (value: string) => z.email().safeParse(value).success;
const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
const isReserved = (domain: string) => RESERVED_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
const varOf = (config: DeployConfig, name: string): string => {
  const value = config.vars[name];
  return typeof value === "string" ? value.trim() : "";
};

function ownerFindings(owners: string[], raw: string): Finding[] {
  const setIt = "in wrangler.toml to the address you send your notes from (several, comma-separated)";
  if (!raw) return [blocker(`OWNER_ADDRESSES is empty: set it ${setIt}.`)];
  if (!owners.length) return [blocker(`OWNER_ADDRESSES “${raw}” has no email address in it: set it ${setIt}.`)];
  const found = owners.flatMap((address) => {
    if (address === EXAMPLE_OWNER) return [blocker(`OWNER_ADDRESSES is still the example address ${EXAMPLE_OWNER}: set it ${setIt}.`)];
    if (!isEmail(address)) return [blocker(`OWNER_ADDRESSES has “${address}”, which is not an email address: correct it in wrangler.toml.`)];
    if (isReserved(domainOf(address))) return [blocker(`OWNER_ADDRESSES has ${address}, on a domain kept for examples that receives no mail: set it ${setIt}.`)];
    return [];
  });
  return found.length ? found : [ok(`OWNER_ADDRESSES: ${owners.join(", ")}.`)];
}

function checkerFindings(raw: string, owners: string[]): Finding[] {
  const checker = parseCheckerAddress(raw);
  const suggestion = "such as check-7f3a9c21@yourdomain (openssl rand -hex 4 makes the suffix)";
  if (!checker || !isEmail(raw)) return [blocker(`CHECKER_ADDRESS “${raw}” is not an email address: set it in wrangler.toml to the address you will route to the Worker, ${suggestion}.`)];
  if (isReserved(checker.domain)) {
    return [blocker(`CHECKER_ADDRESS is still ${raw}, an example address: set it in wrangler.toml to the custom address you will route to the Worker in Email Routing, ${suggestion}.`)];
  }
  const found: Finding[] = [];
  if (!RANDOM_SUFFIX.test(checker.local)) {
    found.push(warning(`CHECKER_ADDRESS ${raw} is easy to guess: anyone who forges your From line still has to know it, so give it a random suffix in wrangler.toml, ${suggestion}.`));
  }
  const shared = owners.find((o) => domainOf(o) === checker.domain);
  if (shared) {
    found.push(
      warning(`CHECKER_ADDRESS is on ${checker.domain}, which you send from (${shared}): Email Routing takes over the MX records of the domain it runs on, so if ${checker.domain} receives mail elsewhere, put the checker on a subdomain such as check-…@mail.${checker.domain} (CHECKER_ADDRESS in wrangler.toml).`),
    );
  }
  return found.length ? found : [ok(`CHECKER_ADDRESS: ${raw}.`)];
}

function appUrlFindings(raw: string): Finding[] {
  if (!raw) {
    return [warning(`APP_URL is not set: emailed reports and reminders say how to set it instead of linking to the web app. Once deployed, set APP_URL in wrangler.toml to the address wrangler deploy prints (${WORKERS_DEV_URL}) and deploy again.`)];
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [blocker(`APP_URL “${raw}” is not a web address: set it in wrangler.toml to the Worker's address, such as ${WORKERS_DEV_URL}, or leave it empty until you know it.`)];
  }
  if (["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    return [blocker(`APP_URL ${raw} points at your own computer, so its links would not open anywhere else: set it in wrangler.toml to the Worker's address (${WORKERS_DEV_URL}), or leave it empty until you know it.`)];
  }
  if (url.protocol !== "https:") return [blocker(`APP_URL ${raw} must be an https:// address: the Worker is only served over https. Correct it in wrangler.toml.`)];
  if (url.pathname !== "/" || url.search || url.hash) return [blocker(`APP_URL ${raw} must be the address alone, without a path: the links add /interviews/… and /reports/… to it. Correct it in wrangler.toml.`)];
  return [ok(`APP_URL: ${raw}.`)];
}

function devToolsFindings(raw: string): Finding[] {
  if (raw !== "true") return [];
  return [blocker(`DEV_TOOLS is "true": deployed, that lets anyone store sample data at /dev/seed and log in with the documented development password. Set it to "false" in wrangler.toml.`)];
}

function accessFindings(teamDomain: string, audience: string): Finding[] {
  if (!teamDomain && !audience) return [];
  if (!teamDomain || !audience) {
    const [set, unset] = teamDomain ? ["ACCESS_TEAM_DOMAIN", "ACCESS_AUD"] : ["ACCESS_AUD", "ACCESS_TEAM_DOMAIN"];
    return [blocker(`${set} is set but ${unset} is not: Cloudflare Access logins are accepted only with both. Set both in wrangler.toml, or neither to log in with the password alone.`)];
  }
  const found: Finding[] = [];
  const host = teamDomain.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  if (!/^[a-z0-9-]+\.cloudflareaccess\.com$/i.test(host)) {
    found.push(warning(`ACCESS_TEAM_DOMAIN “${teamDomain}” in wrangler.toml does not look like a team domain (myteam.cloudflareaccess.com, under Zero Trust → Settings): Access logins are checked against its keys.`));
  }
  if (!ACCESS_AUD.test(audience)) {
    found.push(blocker("ACCESS_AUD in wrangler.toml is not an Application Audience (AUD) tag (64 letters and digits, in the Access application's settings): no Access login could match it."));
  }
  return found.length ? found : [ok(`Cloudflare Access: team ${host}.`)];
}

function secretFindings(config: DeployConfig, secrets: SecretsState): Finding[] {
  const required = config.secrets?.required ?? [];
  const inVars = Object.keys(SECRET_PURPOSES).filter((name) => name in config.vars);
  const found = inVars.map((name) =>
    blocker(`${name} is in wrangler.toml's [vars], where it is stored in plain text with the code: delete it there and set it as a secret (npx wrangler secret put ${name}).`),
  );
  const put = (name: string) => `npx wrangler secret put ${name}${SECRET_PURPOSES[name] ? ` (${SECRET_PURPOSES[name]})` : ""}`;
  if (!required.length) return found;
  if (secrets.kind === "no-worker") {
    const first = required[0]!;
    return [...found, blocker(`followup-check is not on Cloudflare yet, so ${required.join(", ")} ${required.length === 1 ? "is" : "are"} not set: ${put(first)} creates the Worker with it (answer y when asked).`)];
  }
  if (secrets.kind === "unknown") {
    const names = required.join(" and ");
    return [...found, unchecked(`Could not check whether ${names} ${required.length === 1 ? "is" : "are"} set on Cloudflare (${secrets.reason}). If ${required.length === 1 ? "it is" : "they are"} not, wrangler deploy stops: ${required.map(put).join("; ")}.`)];
  }
  const missing = required.filter((name) => !secrets.names.includes(name));
  found.push(...missing.map((name) => blocker(`${name} is not set on Cloudflare: ${put(name)}.`)));
  if (!missing.length) {
    const optional = Object.keys(SECRET_PURPOSES).filter((name) => !secrets.names.includes(name));
    found.push(ok(`Secrets set: ${secrets.names.join(", ")}${optional.length ? ` (${optional.join(" and ")}, optional, not set)` : ""}.`));
  }
  return found;
}

function compatibilityFindings(date: string | undefined, today: string, runtimeDate: string): Finding[] {
  if (!date) return [blocker(`compatibility_date is not set: set it in wrangler.toml to today's date, ${today}, and keep it pinned.`)];
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return [blocker(`compatibility_date “${date}” in wrangler.toml is not a date written as YYYY-MM-DD.`)];
  }
  if (date > today) return [blocker(`compatibility_date ${date} is in the future, and Cloudflare refuses that: set it in wrangler.toml to ${today} or earlier.`)];
  if (date > runtimeDate) {
    return [warning(`compatibility_date ${date} is newer than the runtime that npm start and npm test use knows (${runtimeDate}): they behave as on ${runtimeDate}. Upgrade wrangler (README, "Quick start"), or set ${runtimeDate} in wrangler.toml.`)];
  }
  return [ok(`compatibility_date: ${date}.`)];
}

function kvFindings(config: DeployConfig): Finding[] {
  const kv = config.kv_namespaces.find((k) => k.binding === "FOLLOWUP_KV");
  if (!kv) return [blocker('wrangler.toml has no FOLLOWUP_KV namespace, where the Worker keeps everything: add [[kv_namespaces]] with binding = "FOLLOWUP_KV".')];
  if (kv.id && PLACEHOLDER_KV_ID.test(kv.id)) return [blocker("FOLLOWUP_KV's id is a placeholder of zeros: delete the id line in wrangler.toml, and wrangler deploy creates the namespace.")];
  return [ok(kv.id ? `FOLLOWUP_KV: namespace ${kv.id}.` : "FOLLOWUP_KV: wrangler deploy creates the namespace the first time.")];
}

function sendEmailFindings(config: DeployConfig, owners: string[]): Finding[] {
  const binding = config.send_email.find((b) => b.name === "REPORTS");
  if (!binding) return [blocker('wrangler.toml has no REPORTS send_email binding, which reminders and the report fallback go through: add [[send_email]] with name = "REPORTS".')];
  const allowed = (binding.allowed_destination_addresses ?? (binding.destination_address ? [binding.destination_address] : [])).map((a) => a.toLowerCase());
  // The owner addresses worth offering as the list; the example ones are reported on their own.
  const real = owners.filter((o) => !isReserved(domainOf(o)));
  const list = real.length ? real.join(", ") : "the addresses you put in OWNER_ADDRESSES";
  if (!allowed.length) {
    return [warning(`The REPORTS binding in wrangler.toml ([[send_email]]) may send to any verified address in your account: restrict it to yours with allowed_destination_addresses = [${real.length ? real.map((o) => `"${o}"`).join(", ") : '"the address you send from"'}].`)];
  }
  const found = real
    .filter((o) => !allowed.includes(o))
    .map((o) => blocker(`REPORTS may not send to ${o} (in OWNER_ADDRESSES): add it to allowed_destination_addresses under [[send_email]] in wrangler.toml, or reminders and the reports that cannot go out as a reply never reach you there.`));
  // Checked whatever OWNER_ADDRESSES says: while both are still the shipped example, the
  // binding must not pass as ready.
  const examples = allowed.filter((a) => isReserved(domainOf(a)));
  if (examples.length) found.push(warning(`The REPORTS binding in wrangler.toml ([[send_email]]) still lists ${examples.join(", ")}, an example: replace it with ${list}.`));
  if (found.length) return found;
  return [ok(`REPORTS (reminders, and reports that cannot go out as a reply) sends only to ${allowed.join(", ")}. Whether each is a verified destination address in Email Routing is not checked here (README, step 4).`)];
}

/** Every finding, in the order the README's deploy steps meet them. */
export function preflightFindings({ config, secrets, today, runtimeDate }: PreflightInput): Finding[] {
  const ownersRaw = varOf(config, "OWNER_ADDRESSES");
  const owners = parseOwnerAddresses(ownersRaw);
  return [
    ...compatibilityFindings(config.compatibility_date, today, runtimeDate),
    ...ownerFindings(owners, ownersRaw),
    ...checkerFindings(varOf(config, "CHECKER_ADDRESS"), owners),
    ...devToolsFindings(varOf(config, "DEV_TOOLS")),
    ...kvFindings(config),
    ...sendEmailFindings(config, owners),
    ...secretFindings(config, secrets),
    ...accessFindings(varOf(config, "ACCESS_TEAM_DOMAIN"), varOf(config, "ACCESS_AUD")),
    ...appUrlFindings(varOf(config, "APP_URL")),
  ];
}

const MARKS = { blocker: "✗", warning: "!", unchecked: "?", ok: "✓" } as const;

/** One finding as a line: "✗ …", "! …", "? …" or "✓ …". */
export const formatFinding = (finding: Finding): string => `${MARKS[finding.severity]} ${finding.text}`;

/**
 * The last line: how many things stop the deploy, or that nothing does. While something could
 * not be checked it never says the deploy is clear, only that nothing checked stops it.
 */
export function verdictLine(findings: readonly Finding[]): string {
  const blockers = findings.filter((f) => f.severity === "blocker").length;
  const unknown = findings.filter((f) => f.severity === "unchecked").length;
  if (!blockers) return unknown ? "Nothing checked here stops a deploy; what could not be checked is marked ? above." : "Nothing stops a deploy.";
  const fix = `${blockers} ${blockers === 1 ? "thing" : "things"} to fix before deploying (✗ above)`;
  return unknown ? `${fix}, and ${unknown} that could not be checked here (? above).` : `${fix}.`;
}
