/** Settings and the browser's import form (the JSON API offers the same under /api). */
import { Hono, type Context } from "hono";
import { KvStore } from "../../store/kv-store.js";
import { applyImport } from "../data.js";
import type { AppEnv } from "../env.js";
import type { FieldErrors } from "../forms.js";
import { SettingsPage } from "../pages/settings.js";
import { page } from "../render.js";
import { formToSettings, readSettingsForm, settingsToForm, type SettingsForm } from "../settings-form.js";
import { knownTimeZones } from "../time.js";
import { parseJson, planImport } from "../transfer.js";

export const settingsRoutes = new Hono<AppEnv>();

const NOTICES: Record<string, string> = { saved: "Settings saved." };

function settingsPage(c: Context<AppEnv>, form: SettingsForm, errors: FieldErrors, status: 200 | 400 = 200, extra: { notice?: string; importErrors?: string[] } = {}) {
  return page(c, <SettingsPage form={form} errors={errors} zones={knownTimeZones()} csrf={c.var.csrfToken} {...extra} />, status);
}

settingsRoutes.get("/settings", (c) => settingsPage(c, settingsToForm(c.var.settings), {}, 200, { notice: NOTICES[c.req.query("notice") ?? ""] }));

settingsRoutes.post("/settings", async (c) => {
  const form = readSettingsForm(await c.req.parseBody({ all: true }));
  const result = formToSettings(form);
  if (!result.ok) return settingsPage(c, form, result.errors, 400);
  await new KvStore(c.env.FOLLOWUP_KV).putSettings(result.settings);
  return c.redirect("/settings?notice=saved", 303);
});

settingsRoutes.post("/import", async (c) => {
  const file = (await c.req.parseBody()).file;
  const text = typeof file === "string" ? file : file instanceof File ? await file.text() : "";
  const store = new KvStore(c.env.FOLLOWUP_KV);
  const json = parseJson(text);
  const known = new Set((await store.listInterviews()).map((i) => i.id));
  const result = json.ok ? planImport(json.value, known) : json;
  if (!result.ok) return settingsPage(c, settingsToForm(c.var.settings), {}, 400, { importErrors: result.errors.slice(0, 50) });
  await applyImport(store, result.plan);
  return c.redirect("/?notice=imported", 303);
});
