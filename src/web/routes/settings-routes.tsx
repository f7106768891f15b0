/** Settings and the browser's import (the JSON API offers the same under /api). */
import { Hono, type Context } from "hono";
import { calendarFeedState } from "../../store/calendar-feed.js";
import { KvStore } from "../../store/kv-store.js";
import { settingsChanges, type Change } from "../changes.js";
import type { AppEnv } from "../env.js";
import type { FieldErrors } from "../forms.js";
import { importFile } from "../import-file.js";
import { ImportResultPage } from "../pages/import-result.js";
import { SettingsPage } from "../pages/settings.js";
import { page } from "../render.js";
import { formToSettings, readSettingsForm, settingsToForm, type SettingsForm } from "../settings-form.js";
import { knownTimeZones } from "../time.js";
import { submittedVersion, versionOf } from "../versions.js";

export const settingsRoutes = new Hono<AppEnv>();

const NOTICES: Record<string, string> = { saved: "Settings saved.", "calendar-feed-off": "Calendar feed turned off: its address no longer works." };

interface PageExtras {
  notice?: string | undefined;
  /** The version the form was loaded from; without it, the saved settings' (the form shows them). */
  version?: string | undefined;
  changes?: Change[];
}

async function settingsPage(c: Context<AppEnv>, form: SettingsForm, errors: FieldErrors, status: 200 | 400 | 409 | 503 = 200, extra: PageExtras = {}) {
  const version = extra.version ?? (await versionOf(c.var.settings));
  const zoneChosen = await new KvStore(c.env.FOLLOWUP_KV).timeZoneChosen();
  const calendarFeed = { state: await calendarFeedState(c.env.FOLLOWUP_KV), zone: c.var.settings.timeZone };
  return page(c, <SettingsPage form={form} errors={errors} zones={knownTimeZones()} zoneChosen={zoneChosen} csrf={c.var.csrfToken} {...extra} version={version} calendarFeed={calendarFeed} />, status);
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

/** Answers with the outcome on a page of its own, at the top, rather than far down the settings form. */
settingsRoutes.post("/import", async (c) => {
  const file = (await c.req.parseBody()).file;
  const text = typeof file === "string" ? file : file instanceof File ? await file.text() : "";
  const answer = await importFile(c.env.FOLLOWUP_KV, text);
  return page(c, <ImportResultPage csrf={c.var.csrfToken} answer={answer} />, answer.ok ? 200 : answer.status);
});
