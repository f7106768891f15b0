/**
 * `npm run preflight`: each check in words, on configurations as wrangler reads them; what
 * wrangler's own answers (secret list, dry run) turn into; the shipped wrangler.toml; and the
 * script itself, offline.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import { formatFinding, preflightFindings, verdictLine, type DeployConfig, type Finding, type SecretsState } from "../scripts/preflight/checks.js";
import { dryRunFinding, secretsState } from "../scripts/preflight/wrangler-output.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const AUD = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2";

/** A configuration ready to deploy; each test changes what it is about. */
function ready(vars: Record<string, string> = {}, rest: Partial<DeployConfig> = {}): DeployConfig {
  return {
    compatibility_date: "2026-11-01",
    vars: { OWNER_ADDRESSES: "alex@gmail.com", CHECKER_ADDRESS: "check-7f3a9c21@alexkim.dev", APP_URL: "https://followup-check.alexkim.workers.dev", DEV_TOOLS: "false", ...vars },
    kv_namespaces: [{ binding: "FOLLOWUP_KV" }],
    send_email: [{ name: "REPORTS", allowed_destination_addresses: ["alex@gmail.com"] }],
    secrets: { required: ["APP_PASSWORD"] },
    ...rest,
  };
}

const SET: SecretsState = { kind: "listed", names: ["APP_PASSWORD"] };

function check(config: DeployConfig, secrets: SecretsState = SET): Finding[] {
  return preflightFindings({ config, secrets, today: "2026-12-03", runtimeDate: "2026-11-02" });
}
const lines = (findings: Finding[]) => findings.map(formatFinding);
const blockers = (findings: Finding[]) => findings.filter((f) => f.severity === "blocker").map((f) => f.text);
const warnings = (findings: Finding[]) => findings.filter((f) => f.severity === "warning").map((f) => f.text);

describe("preflight checks", () => {
  it("find nothing to stop a configuration that is ready, and say what each part is", () => {
    const findings = check(ready());
    expect(blockers(findings)).toEqual([]);
    expect(warnings(findings)).toEqual([]);
    expect(lines(findings)).toContain("✓ OWNER_ADDRESSES: alex@gmail.com.");
    expect(lines(findings)).toContain("✓ APP_URL: https://followup-check.alexkim.workers.dev.");
    expect(lines(findings)).toContain("✓ Secrets set: APP_PASSWORD (API_TOKEN and SESSION_SECRET, optional, not set).");
    expect(verdictLine(findings)).toBe("Nothing stops a deploy.");
  });

  it("stop on the example addresses wrangler.toml ships with", () => {
    const findings = check(ready({ OWNER_ADDRESSES: "alex@candidate.example", CHECKER_ADDRESS: "check@example.com" }, { send_email: [{ name: "REPORTS", allowed_destination_addresses: ["alex@candidate.example"] }] }));
    expect(lines(findings)).toContain("✗ OWNER_ADDRESSES is still the example address alex@candidate.example: set it in wrangler.toml to the address you send your notes from (several, comma-separated).");
    expect(blockers(findings)).toContainEqual(expect.stringMatching(/^CHECKER_ADDRESS is still check@example\.com, an example address: set it in wrangler\.toml to the custom address you will route to the Worker in Email Routing, such as check-7f3a9c21@yourdomain/));
    expect(verdictLine(findings)).toBe("2 things to fix before deploying (✗ above).");
  });

  it("stop on owner addresses that are empty, not addresses, or on an example domain", () => {
    expect(blockers(check(ready({ OWNER_ADDRESSES: "" })))).toContainEqual(expect.stringMatching(/^OWNER_ADDRESSES is empty/));
    expect(blockers(check(ready({ OWNER_ADDRESSES: "alex" })))).toContainEqual("OWNER_ADDRESSES “alex” has no email address in it: set it in wrangler.toml to the address you send your notes from (several, comma-separated).");
    expect(blockers(check(ready({ OWNER_ADDRESSES: "alex@gmail.com, me@@x" })))).toContainEqual("OWNER_ADDRESSES has “me@@x”, which is not an email address: correct it in wrangler.toml.");
    expect(blockers(check(ready({ OWNER_ADDRESSES: "alex@gmail.com, jo@work.example.org" })))).toContainEqual(expect.stringMatching(/^OWNER_ADDRESSES has jo@work\.example\.org, on a domain kept for examples/));
  });

  it("warn of a guessable checker address, and of one on the domain the owner's own mail arrives at", () => {
    expect(warnings(check(ready({ CHECKER_ADDRESS: "check@alexkim.dev" })))).toEqual([expect.stringMatching(/^CHECKER_ADDRESS check@alexkim\.dev is easy to guess/)]);
    const shared = warnings(check(ready({ OWNER_ADDRESSES: "alex@alexkim.dev", CHECKER_ADDRESS: "check-7f3a9c21@alexkim.dev" }, { send_email: [{ name: "REPORTS", allowed_destination_addresses: ["alex@alexkim.dev"] }] })));
    expect(shared).toEqual([expect.stringContaining("Email Routing takes over the MX records of the domain it runs on, so if alexkim.dev receives mail elsewhere, put the checker on a subdomain such as check-…@mail.alexkim.dev (CHECKER_ADDRESS in wrangler.toml).")]);
    expect(blockers(check(ready({ CHECKER_ADDRESS: "check" })))).toContainEqual(expect.stringMatching(/^CHECKER_ADDRESS “check” is not an email address/));
  });

  it("warn when APP_URL is unset, and stop on one that would give dead links", () => {
    expect(warnings(check(ready({ APP_URL: "" })))).toEqual([expect.stringMatching(/^APP_URL is not set: emailed reports and reminders say how to set it instead of linking to the web app\. Once deployed, set APP_URL in wrangler\.toml to the address wrangler deploy prints/)]);
    expect(blockers(check(ready({ APP_URL: "" })))).toEqual([]);
    expect(blockers(check(ready({ APP_URL: "http://localhost:8787" })))).toEqual([expect.stringMatching(/^APP_URL http:\/\/localhost:8787 points at your own computer/)]);
    expect(blockers(check(ready({ APP_URL: "http://followup.alexkim.dev" })))).toEqual(["APP_URL http://followup.alexkim.dev must be an https:// address: the Worker is only served over https. Correct it in wrangler.toml."]);
    expect(blockers(check(ready({ APP_URL: "https://alexkim.dev/followup" })))).toEqual([expect.stringMatching(/must be the address alone, without a path/)]);
    expect(blockers(check(ready({ APP_URL: "followup-check.alexkim.workers.dev" })))).toEqual([expect.stringMatching(/is not a web address/)]);
    expect(blockers(check(ready({ APP_URL: "https://followup-check.alexkim.workers.dev/" })))).toEqual([]);
  });

  it("stop on secrets not set, on a Worker not created yet, and on a secret kept in [vars]", () => {
    expect(lines(check(ready(), { kind: "listed", names: ["API_TOKEN"] }))).toContain("✗ APP_PASSWORD is not set on Cloudflare: npx wrangler secret put APP_PASSWORD (the password you log in to the web app with).");
    expect(blockers(check(ready(), { kind: "no-worker" }))).toEqual([
      "followup-check is not on Cloudflare yet, so APP_PASSWORD is not set: npx wrangler secret put APP_PASSWORD (the password you log in to the web app with) creates the Worker with it (answer y when asked).",
    ]);
    expect(blockers(check(ready({ API_TOKEN: "abc" }), { kind: "listed", names: ["APP_PASSWORD", "API_TOKEN"] }))).toEqual([expect.stringMatching(/^API_TOKEN is in wrangler\.toml's \[vars\], where it is stored in plain text/)]);
  });

  it("say it could not check the secrets, rather than fail, when Cloudflare cannot be asked", () => {
    const findings = check(ready(), { kind: "unknown", reason: "Cloudflare could not be reached from this computer" });
    expect(blockers(findings)).toEqual([]);
    expect(warnings(findings)).toEqual([]);
    expect(findings.filter((f) => f.severity === "unchecked").map((f) => f.text)).toEqual([expect.stringMatching(/^Could not check whether APP_PASSWORD is set on Cloudflare \(Cloudflare could not be reached from this computer\)\. If it is not, wrangler deploy stops/)]);
  });

  it("check the compatibility date against today and against the installed runtime", () => {
    expect(blockers(check(ready({}, { compatibility_date: "2027-01-05" })))).toEqual(["compatibility_date 2027-01-05 is in the future, and Cloudflare refuses that: set it in wrangler.toml to 2026-12-03 or earlier."]);
    expect(blockers(check(ready({}, { compatibility_date: undefined })))).toEqual([expect.stringMatching(/^compatibility_date is not set/)]);
    expect(blockers(check(ready({}, { compatibility_date: "2026-02-30" })))).toEqual(["compatibility_date “2026-02-30” in wrangler.toml is not a date written as YYYY-MM-DD."]);
    expect(warnings(check(ready({}, { compatibility_date: "2026-11-20" })))).toEqual([expect.stringMatching(/^compatibility_date 2026-11-20 is newer than the runtime that npm start and npm test use knows \(2026-11-02\)/)]);
  });

  it("stop on the all-zero KV id and on a missing binding", () => {
    expect(blockers(check(ready({}, { kv_namespaces: [{ binding: "FOLLOWUP_KV", id: "00000000000000000000000000000000" }] })))).toEqual([expect.stringMatching(/placeholder of zeros: delete the id line in wrangler\.toml, and wrangler deploy creates the namespace/)]);
    expect(blockers(check(ready({}, { kv_namespaces: [] })))).toEqual([expect.stringMatching(/^wrangler\.toml has no FOLLOWUP_KV namespace/)]);
    expect(lines(check(ready({}, { kv_namespaces: [{ binding: "FOLLOWUP_KV", id: "0f2ac74b498b48028cb68387c421e279" }] })))).toContain("✓ FOLLOWUP_KV: namespace 0f2ac74b498b48028cb68387c421e279.");
  });

  it("keep the REPORTS binding to the owner's addresses", () => {
    const two = ready({ OWNER_ADDRESSES: "alex@gmail.com, alex@alexkim.dev" });
    expect(blockers(check(two))).toEqual([expect.stringMatching(/^REPORTS may not send to alex@alexkim\.dev \(in OWNER_ADDRESSES\): add it to allowed_destination_addresses under \[\[send_email\]\] in wrangler\.toml/)]);
    expect(warnings(check(ready({}, { send_email: [{ name: "REPORTS" }] })))).toEqual(['The REPORTS binding in wrangler.toml ([[send_email]]) may send to any verified address in your account: restrict it to yours with allowed_destination_addresses = ["alex@gmail.com"].']);
    expect(blockers(check(ready({}, { send_email: [{ name: "REPORTS", destination_address: "alex@gmail.com" }] })))).toEqual([]);
    expect(warnings(check(ready({}, { send_email: [{ name: "REPORTS", allowed_destination_addresses: ["alex@gmail.com", "alex@candidate.example"] }] })))).toEqual([expect.stringMatching(/still lists alex@candidate\.example, an example/)]);
  });

  it("stop on DEV_TOOLS left on, and on half a Cloudflare Access setup", () => {
    expect(blockers(check(ready({ DEV_TOOLS: "true" })))).toEqual([expect.stringMatching(/^DEV_TOOLS is "true": deployed, that lets anyone/)]);
    expect(blockers(check(ready({ ACCESS_TEAM_DOMAIN: "alexkim.cloudflareaccess.com" })))).toEqual([expect.stringMatching(/^ACCESS_TEAM_DOMAIN is set but ACCESS_AUD is not/)]);
    expect(blockers(check(ready({ ACCESS_TEAM_DOMAIN: "alexkim.cloudflareaccess.com", ACCESS_AUD: "my-app" })))).toEqual([expect.stringMatching(/^ACCESS_AUD in wrangler\.toml is not an Application Audience \(AUD\) tag/)]);
    expect(lines(check(ready({ ACCESS_TEAM_DOMAIN: "https://alexkim.cloudflareaccess.com/", ACCESS_AUD: AUD })))).toContain("✓ Cloudflare Access: team alexkim.cloudflareaccess.com.");
  });
});

describe("what preflight says, read as a newcomer would", () => {
  /** Configurations with one thing wrong each, so that every kind of finding is met once. */
  const wrong: [DeployConfig, SecretsState][] = [
    [ready({ OWNER_ADDRESSES: "alex@candidate.example", CHECKER_ADDRESS: "check@example.com", APP_URL: "" }, { send_email: [{ name: "REPORTS", allowed_destination_addresses: ["alex@candidate.example"] }] }), SET],
    [ready({ OWNER_ADDRESSES: "" }), SET],
    [ready({ OWNER_ADDRESSES: "alex@gmail.com, me@@x", CHECKER_ADDRESS: "check" }), SET],
    [ready({ CHECKER_ADDRESS: "check@alexkim.dev", APP_URL: "http://localhost:8787", DEV_TOOLS: "true" }), SET],
    [ready({ OWNER_ADDRESSES: "alex@alexkim.dev", CHECKER_ADDRESS: "check-7f3a9c21@alexkim.dev", APP_URL: "https://alexkim.dev/followup" }), SET],
    [ready({ ACCESS_TEAM_DOMAIN: "alexkim.example.com", ACCESS_AUD: "my-app", API_TOKEN: "abc" }, { compatibility_date: "2027-01-05" }), { kind: "listed", names: [] }],
    [ready({ ACCESS_AUD: AUD }, { compatibility_date: "2026-11-20", kv_namespaces: [{ binding: "FOLLOWUP_KV", id: "00000000000000000000000000000000" }], send_email: [{ name: "REPORTS" }] }), { kind: "no-worker" }],
    [ready({}, { compatibility_date: undefined, kv_namespaces: [], send_email: [] }), { kind: "unknown", reason: "Cloudflare could not be reached from this computer" }],
  ];
  const said = wrong.flatMap(([config, secrets]) => check(config, secrets)).filter((f) => f.severity !== "ok");

  it("names, in every line that asks for a change, the file to edit or the command to run", () => {
    expect(said.length).toBeGreaterThan(20);
    for (const finding of said) expect(finding.text, finding.text).toMatch(/wrangler\.toml|npx wrangler (secret put|login)/);
  });

  it("does not pass the example address in the REPORTS binding while OWNER_ADDRESSES is still the example too", () => {
    const findings = check(ready({ OWNER_ADDRESSES: "alex@candidate.example" }, { send_email: [{ name: "REPORTS", allowed_destination_addresses: ["alex@candidate.example"] }] }));
    expect(lines(findings).filter((line) => line.includes("REPORTS"))).toEqual([
      "! The REPORTS binding in wrangler.toml ([[send_email]]) still lists alex@candidate.example, an example: replace it with the addresses you put in OWNER_ADDRESSES.",
    ]);
  });

  it("says what it could not check about the secrets, and does not call the deploy clear while it could not", () => {
    const offline = check(ready(), { kind: "unknown", reason: "Cloudflare could not be reached from this computer" });
    expect(lines(offline)).toContain(
      "? Could not check whether APP_PASSWORD is set on Cloudflare (Cloudflare could not be reached from this computer). If it is not, wrangler deploy stops: npx wrangler secret put APP_PASSWORD (the password you log in to the web app with).",
    );
    expect(verdictLine(offline)).toBe("Nothing checked here stops a deploy; what could not be checked is marked ? above.");
    const both = check(ready({ DEV_TOOLS: "true" }), { kind: "unknown", reason: "you are not logged in to Cloudflare here: npx wrangler login" });
    expect(verdictLine(both)).toBe("1 thing to fix before deploying (✗ above), and 1 that could not be checked here (? above).");
  });

  it("says that the REPORTS addresses being verified in Email Routing is not something it can see", () => {
    expect(lines(check(ready()))).toContain(
      "✓ REPORTS (reminders, and reports that cannot go out as a reply) sends only to alex@gmail.com. Whether each is a verified destination address in Email Routing is not checked here (README, step 4).",
    );
  });
});

describe("wrangler's answers", () => {
  const colour = (text: string) => `\x1b[31m✘ \x1b[41;31m[\x1b[41;97mERROR\x1b[41;31m]\x1b[0m \x1b[1m${text}\x1b[0m\n\n🪵  Logs were written to "/root/.config/.wrangler/logs/x.log"\n`;

  it("read the secrets listed, a Worker not created yet, and why they could not be listed", () => {
    expect(secretsState({ status: 0, stdout: '[\n  { "name": "APP_PASSWORD", "type": "secret_text" }\n]\n', stderr: "" })).toEqual({ kind: "listed", names: ["APP_PASSWORD"] });
    expect(secretsState({ status: 1, stdout: "", stderr: colour('Worker "followup-check" not found.\n\nIf this is a new Worker, run `wrangler deploy` first to create it.') })).toEqual({ kind: "no-worker" });
    expect(secretsState({ status: 1, stdout: "", stderr: colour("In a non-interactive environment, it's necessary to set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work.") })).toEqual({
      kind: "unknown",
      reason: "you are not logged in to Cloudflare here: npx wrangler login",
    });
    expect(secretsState({ status: 1, stdout: "", stderr: colour("Unable to resolve Cloudflare's API hostname (api.cloudflare.com or dash.cloudflare.com).") })).toEqual({ kind: "unknown", reason: "Cloudflare could not be reached from this computer" });
    expect(secretsState({ status: null, stdout: "", stderr: "" })).toEqual({ kind: "unknown", reason: "wrangler did not answer in time" });
    expect(secretsState({ status: 1, stdout: "", stderr: colour("More than one account available but unable to select one in non-interactive mode. Set CLOUDFLARE_ACCOUNT_ID.") })).toEqual({
      kind: "unknown",
      reason: "More than one account available but unable to select one in non-interactive mode.",
    });
  });

  it("read a dry run that builds, one over the free plan's size, and one that fails", () => {
    const built = "\n ⛅️ wrangler 4.156.2\n───\nTotal Upload: 2810.08 KiB / gzip: 743.75 KiB\nYour Worker has access to the following bindings:\n--dry-run: exiting now.\n";
    expect(formatFinding(dryRunFinding({ status: 0, stdout: built, stderr: "" }))).toBe("✓ wrangler deploy --dry-run: the Worker builds and wrangler accepts the configuration (2810.08 KiB, 743.75 KiB gzipped).");
    expect(dryRunFinding({ status: 0, stdout: built.replace("743.75", "3300.10"), stderr: "" }).severity).toBe("warning");
    const failed = dryRunFinding({ status: 1, stdout: "", stderr: colour('Could not resolve "./missing.js"') });
    expect(failed).toEqual({ severity: "blocker", text: 'wrangler deploy --dry-run failed, so wrangler deploy would too: Could not resolve "./missing.js"' });
  });
});

describe("the shipped wrangler.toml", () => {
  const config = unstable_readConfig({ config: `${ROOT}wrangler.toml` });

  it("lets wrangler make the KV namespace, declares the login password, keeps logs and restricts the mail binding", () => {
    expect(config.kv_namespaces).toEqual([{ binding: "FOLLOWUP_KV" }]);
    expect(config.secrets).toEqual({ required: ["APP_PASSWORD"] });
    expect(config.observability?.enabled).toBe(true);
    expect(config.send_email).toEqual([{ name: "REPORTS", allowed_destination_addresses: ["alex@candidate.example"] }]);
    expect(config.vars.APP_URL).toBe("");
  });

  it("is stopped only by the examples a newcomer must replace", () => {
    const findings = check(config);
    expect(blockers(findings)).toEqual([expect.stringMatching(/^OWNER_ADDRESSES is still the example/), expect.stringMatching(/^CHECKER_ADDRESS is still check@example\.com/)]);
  });
});

describe("npm run preflight", () => {
  it("says what stops the deploy, that it could not check the secrets offline, runs the dry run, and exits 1", () => {
    // No login here (an empty config directory): wrangler cannot ask Cloudflare.
    const home = mkdtempSync(join(tmpdir(), "followup-check-preflight-"));
    const run = spawnSync("npm", ["run", "--silent", "preflight"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, CLOUDFLARE_API_TOKEN: "", XDG_CONFIG_HOME: home, WRANGLER_SEND_METRICS: "false" }, timeout: 120_000 });
    rmSync(home, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain("✗ OWNER_ADDRESSES is still the example address alex@candidate.example: set it in wrangler.toml to the address you send your notes from (several, comma-separated).");
    expect(run.stdout).toMatch(/^! The REPORTS binding in wrangler\.toml \(\[\[send_email\]\]\) still lists alex@candidate\.example, an example/m);
    expect(run.stdout).toMatch(/^\? Could not check whether APP_PASSWORD is set on Cloudflare \(you are not logged in to Cloudflare here: npx wrangler login\)\. If it is not, wrangler deploy stops: npx wrangler secret put APP_PASSWORD/m);
    expect(run.stdout).toMatch(/^! APP_URL is not set/m);
    expect(run.stdout).toMatch(/^✓ wrangler deploy --dry-run: the Worker builds and wrangler accepts the configuration \(/m);
    expect(run.stdout.trimEnd()).toMatch(/2 things to fix before deploying \(✗ above\), and 1 that could not be checked here \(\? above\)\.$/);
  }, 120_000);
});
