/**
 * The HTTP side of the Worker (Hono). The web app for interview facts grows here; for now it
 * serves a status page, a health check and, in local development only, a seed endpoint.
 */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { sampleInterview } from "./sample-interview.js";
import { KvStore } from "./store/kv-store.js";

export const app = new Hono<{ Bindings: Env }>();

app.use(secureHeaders());

app.get("/health", (c) => c.text("ok"));

app.get("/", (c) =>
  c.text(
    "followup-check is running.\nSend a draft to the checker address, or in local development POST a raw message to /cdn-cgi/local/email?from=OWNER&to=CHECKER.\n",
  ),
);

/** Local development only (DEV_TOOLS=true): stores the sample interview so the email path has facts. */
app.post("/dev/seed", async (c) => {
  if (c.env.DEV_TOOLS !== "true") return c.notFound();
  const interview = sampleInterview(new Date());
  await new KvStore(c.env.FOLLOWUP_KV).putInterview(interview);
  return c.json({ seeded: interview.id, start: interview.start, end: interview.end });
});
