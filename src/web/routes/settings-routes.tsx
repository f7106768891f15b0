/** Settings and the browser's import form (the JSON API offers the same under /api). */
import { Hono, type Context } from "hono";
import { KvStore } from "../../store/kv-store.js";
import type { AppEnv } from "../env.js";
import type { FieldErrors } from "../forms.js";
import { importFile } from "../import-file.js";
import { ImportStoppedPage } from "../pages/import-stopped.js";
import { SettingsPage } from "../pages/settings.js";
import { page } from "../render.js";
import { formToSettings, readSettingsForm, settingsToForm, type SettingsForm } from "../settings-form.js";
import { knownTimeZones } from "../time.js";

export const settingsRoutes = new Hono<AppEnv>();

const NOTICES: Record<string, string> = { saved: "Settings saved." };

function settingsPage(c: Context<AppEnv>, form: SettingsForm, errors: FieldErrors, status: 200 | 400 | 503 = 200, extra: { notice?: string; importErrors?: string[] } = {}) {
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
  const answer = await importFile(c.env.FOLLOWUP_KV, text);
  if (answer.ok) return c.redirect("/?notice=imported", 303);
  // The settings page heads these "Nothing was imported"; when that may not be true, another page says what may have changed.
  if (!answer.unchanged) return page(c, <ImportStoppedPage csrf={c.var.csrfToken} errors={answer.errors} />, answer.status);
  return settingsPage(c, settingsToForm(c.var.settings), {}, answer.status, { importErrors: answer.errors.slice(0, 50) });
});
