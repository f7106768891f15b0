/**
 * `npm run demo`: starts the Worker locally (wrangler dev, throwaway local KV), seeds the
 * sample interview, sends scripts/samples/draft.eml to the local email endpoint as the owner,
 * and prints the report that comes back.
 */
import { readFile } from "node:fs/promises";
import PostalMime from "postal-mime";
import { sendLocalEmail, startDevServer } from "./dev-server.js";

const server = await startDevServer();
try {
  const seeded = await (await fetch(`${server.url}/dev/seed`, { method: "POST" })).json();
  console.log(`Seeded the sample interview: ${JSON.stringify(seeded)}\n`);
  const raw = await readFile(new URL("./samples/draft.eml", import.meta.url));
  const result = await sendLocalEmail(server.url, raw, { from: "alex@candidate.example", to: "check+northwind-sre@example.com" });
  const reply = result.replies[0];
  if (result.outcome !== "ok" || !reply?.raw) {
    console.error(`No report came back: ${JSON.stringify(result)}`);
    process.exitCode = 1;
  } else {
    const parsed = await PostalMime.parse(reply.raw);
    console.log(`From: ${parsed.from?.address}\nSubject: ${parsed.subject}\nIn-Reply-To: ${parsed.inReplyTo}\n\n${parsed.text}`);
  }
} finally {
  await server.stop();
}
