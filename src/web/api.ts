/**
 * The JSON API under /api, validated by the same zod schemas as the forms and the CLI:
 * interviews (CRUD), the send log (read), settings, export and import.
 */
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import type { $ZodType } from "zod/v4/core";
import { formatIssues, INTERVIEW_ID_PATTERN, interviewSchema } from "../facts/schema.js";
import { settingsSchema } from "../settings.js";
import { KvStore } from "../store/kv-store.js";
import { requireApiAuth } from "./auth-middleware.js";
import { exportAll } from "./data.js";
import type { AppEnv } from "./env.js";
import { importFile } from "./import-file.js";
import { etagOf, ifMatchHolds, versionOf } from "./versions.js";

export const api = new Hono<AppEnv>();
api.use(requireApiAuth);

const store = (c: Context<AppEnv>) => new KvStore(c.env.FOLLOWUP_KV);

/** Every validation failure answers 400 with one line per problem, each naming the field. */
const json = <T extends $ZodType>(schema: T) =>
  zValidator("json", schema, (result, c) => {
    if (!result.success) return c.json({ errors: formatIssues(result.error) }, 400);
  });

const noSuchInterview = (c: Context<AppEnv>) => c.json({ error: "no interview with that id" }, 404);
const validId = (id: string) => INTERVIEW_ID_PATTERN.test(id);

/** 412 for a PUT or DELETE whose If-Match no longer names the saved version; it carries the saved one's ETag, if any. */
const preconditionFailed = (c: Context<AppEnv>, problem: string, current: string | null) =>
  c.json({ errors: [`If-Match: ${problem}`] }, 412, current === null ? {} : { ETag: etagOf(current) });

/** What a stale If-Match on an interview is told (see versions.ts for what the check can and cannot catch). */
const interviewProblem = (current: string | null) =>
  current === null
    ? "no interview with that id is saved (deleted since that version was read, or never created); PUT it without If-Match to create it"
    : `the interview was changed since that version was read (it is now ${etagOf(current)}); GET it again, make your change to what it holds now and send that ETag`;

api.get("/interviews", async (c) => c.json({ interviews: await store(c).listInterviews() }));

api.post("/interviews", json(interviewSchema), async (c) => {
  const interview = c.req.valid("json");
  if (await store(c).getInterview(interview.id)) return c.json({ errors: [`id: an interview "${interview.id}" already exists; PUT /api/interviews/${interview.id} replaces it`] }, 409);
  await store(c).putInterview(interview);
  return c.json(interview, 201, { Location: `/api/interviews/${interview.id}` });
});

api.get("/interviews/:id", async (c) => {
  const id = c.req.param("id");
  const interview = validId(id) ? await store(c).getInterview(id) : null;
  return interview ? c.json(interview, 200, { ETag: etagOf(await versionOf(interview)) }) : noSuchInterview(c);
});

api.put("/interviews/:id", json(interviewSchema), async (c) => {
  const interview = c.req.valid("json");
  if (interview.id !== c.req.param("id")) return c.json({ errors: [`id: must match the URL (${c.req.param("id")}); ids cannot be renamed`] }, 400);
  const ifMatch = c.req.header("If-Match");
  // Without If-Match nothing is compared (nor read): the PUT replaces whatever is saved, as before versions.
  if (ifMatch !== undefined) {
    const saved = await store(c).getInterview(interview.id);
    const current = saved ? await versionOf(saved) : null;
    if (!ifMatchHolds(ifMatch, current)) return preconditionFailed(c, interviewProblem(current), current);
  }
  await store(c).putInterview(interview);
  return c.json(interview, 200, { ETag: etagOf(await versionOf(interview)) });
});

api.delete("/interviews/:id", async (c) => {
  const id = c.req.param("id");
  const saved = validId(id) ? await store(c).getInterview(id) : null;
  // Nothing to delete is a 404 whatever If-Match says: RFC 9110 13.2.1 has a server ignore preconditions on a request that fails without them.
  if (!saved) return noSuchInterview(c);
  const current = await versionOf(saved);
  if (!ifMatchHolds(c.req.header("If-Match"), current)) return preconditionFailed(c, interviewProblem(current), current);
  await store(c).deleteInterview(id);
  return c.body(null, 204);
});

api.get("/interviews/:id/sends", async (c) => {
  const id = c.req.param("id");
  if (!validId(id)) return noSuchInterview(c);
  return c.json({ sends: await store(c).listSends(id) });
});

api.get("/sends", async (c) => c.json({ sends: (await exportAll(store(c))).sends }));

api.get("/settings", async (c) => {
  const settings = await store(c).getSettings();
  return c.json(settings, 200, { ETag: etagOf(await versionOf(settings)) });
});

api.put("/settings", json(settingsSchema), async (c) => {
  const settings = c.req.valid("json");
  const ifMatch = c.req.header("If-Match");
  // As for interviews: without If-Match the PUT replaces the settings, as before versions.
  if (ifMatch !== undefined) {
    // Settings always have a version: with nothing saved, the defaults' (what GET sends).
    const current = await versionOf(await store(c).getSettings());
    const problem = `the settings were changed since that version was read (they are now ${etagOf(current)}); GET them again, make your change to what they hold now and send that ETag`;
    if (!ifMatchHolds(ifMatch, current)) return preconditionFailed(c, problem, current);
  }
  await store(c).putSettings(settings);
  return c.json(settings, 200, { ETag: etagOf(await versionOf(settings)) });
});

api.get("/export", async (c) => {
  const day = new Date().toISOString().slice(0, 10);
  return c.json(await exportAll(store(c)), 200, { "Content-Disposition": `attachment; filename="followup-check-${day}.json"`, "Cache-Control": "no-store" });
});

api.post("/import", async (c) => {
  const answer = await importFile(c.env.FOLLOWUP_KV, await c.req.text());
  if (!answer.ok) return c.json({ errors: answer.problems.map((p) => p.line) }, answer.status);
  return c.json({ imported: { interviews: answer.interviews.length, sends: answer.counts.sendsLogged } });
});
