/** Settings and the browser's import form (the JSON API offers the same under /api). */
import { Hono, type Context } from "hono";
import { KvStore } from "../../store/kv-store.js";
import { settingsChanges, type Change } from "../changes.js";
import type { AppEnv } from "../env.js";
import type { FieldErrors } from "../forms.js";
import { importFile } from "../import-file.js";
import { ImportStoppedPage } from "../pages/import-stopped.js";
import { SettingsPage } from "../pages/settings.js";
import { page } from "../render.js";
import { formToSettings, readSettingsForm, settingsToForm, type SettingsForm } from "../settings-form.js";
import { knownTimeZones } from "../time.js";
import { submittedVersion, versionOf } from "../versions.js";

export const settingsRoutes = new Hono<AppEnv>();

const NOTICES: Record<string, string> = { saved: "Settings saved." };

interface PageExtras {
  notice?: string | undefined;
  importErrors?: string[];
  /** The version the form was loaded from; without it, the saved settings' (the form shows them). */
  version?: string | undefined;
  changes?: Change[];
}

async function settingsPage(c: Context<AppEnv>, form: SettingsForm, errors: FieldErrors, status: 200 | 400 | 409 | 503 = 200, extra: PageExtras = {}) {
  const version = extra.version ?? (await versionOf(c.var.settings));
  const zoneChosen = await new KvStore(c.env.FOLLOWUP_KV).timeZoneChosen();
  return page(c, <SettingsPage form={form} errors={errors} zones={knownTimeZones()} zoneChosen={zoneChosen} csrf={c.var.csrfToken} {...extra} version={version} />, status);
}

settingsRoutes.get("/settings", (c) => settingsPage(c, settingsToForm(c.var.settings), {}, 200, { notice: NOTICES[c.req.query("notice") ?? ""] }));

/** Saves the form unless it was loaded from other settings than are saved now (see versions.ts); a refusal keeps what was typed. */
settingsRoutes.post("/settings", async (c) => {
  const body = await c.req.parseBody({ all: true });
  const form = readSettingsForm(body);
  // Kept through a failed save, so a change made elsewhere meanwhile is still caught.
  const loaded = submittedVersion(body) ?? undefined;
  const result = formToSettings(form);
  if (!result.ok) return settingsPage(c, form, result.errors, 400, { version: loaded });
  const current = await versionOf(c.var.settings);
  if (loaded !== undefined && loaded !== current && (await versionOf(result.settings)) !== current) {
    // The form now carries the saved version, so saving it again replaces that on purpose.
    return settingsPage(c, form, {}, 409, { version: current, changes: settingsChanges(result.settings, c.var.settings) });
  }
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
