/**
 * The HTTP side of the Worker (Hono): an unauthenticated health check, the seed endpoint in
 * local development only, and the web app (src/web/), which authenticates everything else.
 */
import { Hono } from "hono";
import { sampleInterview } from "./sample-interview.js";
import { KvStore } from "./store/kv-store.js";
import type { AppEnv } from "./web/env.js";
import { appSecureHeaders } from "./web/security-headers.js";
import { web } from "./web/web-app.js";

export const app = new Hono<AppEnv>();

app.use(appSecureHeaders);

app.get("/health", (c) => c.text("ok"));

/** Local development only (DEV_TOOLS=true): stores the sample interview so the email path has facts. */
app.post("/dev/seed", async (c) => {
  if (c.env.DEV_TOOLS !== "true") return c.notFound();
  const interview = sampleInterview(new Date());
  await new KvStore(c.env.FOLLOWUP_KV).putInterview(interview);
  return c.json({ seeded: interview.id, start: interview.start, end: interview.end });
});

app.route("/", web);
