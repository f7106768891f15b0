/**
 * `npm run preflight` (and the first half of `npm run deploy`): says in words what is missing
 * or wrong before `wrangler deploy` (checks in preflight/checks.ts), then runs
 * `wrangler deploy --dry-run`. Exits 1 when anything stops the deploy.
 */
import { fileURLToPath } from "node:url";
import { unstable_getDevCompatibilityDate, unstable_readConfig } from "wrangler";
import { formatFinding, preflightFindings, verdictLine, type DeployConfig } from "./preflight/checks.js";
import { dryRunFinding, secretsState } from "./preflight/wrangler-output.js";
import { runWrangler } from "./wrangler-cli.js";

const configPath = fileURLToPath(new URL("../wrangler.toml", import.meta.url));

let config: DeployConfig;
try {
  config = unstable_readConfig({ config: configPath });
} catch (error) {
  console.error(`✗ wrangler.toml could not be read: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

console.log("Checking followup-check before it is deployed (README, “Deploying to your domain”):\n");
// Needs a login and the network; without them the secrets check says it could not tell.
const secrets = secretsState(runWrangler(["secret", "list", "--format", "json", "--config", configPath]));
const findings = preflightFindings({ config, secrets, today: new Date().toISOString().slice(0, 10), runtimeDate: unstable_getDevCompatibilityDate() });
for (const finding of findings) console.log(formatFinding(finding));

const dryRun = dryRunFinding(runWrangler(["deploy", "--dry-run", "--config", configPath]));
console.log(formatFinding(dryRun));

console.log(`\n${verdictLine([...findings, dryRun])}`);
if ([...findings, dryRun].some((f) => f.severity === "blocker")) process.exitCode = 1;
