/** Settings: owner addresses, time zone, reminders, timing and length thresholds, personal words, rules turned off; the calendar feed; export and import. */
import type { FC } from "hono/jsx";
import { ruleById } from "../../rules/index.js";
import { ruleTitle } from "../../rules/titles.js";
import { RULE_IDS } from "../../types.js";
import type { Change } from "../changes.js";
import { ChangedElsewhere, ErrorSummary, Field, VersionField } from "../fields.js";
import { CsrfField, Layout, Notice } from "../layout.js";
import { SETTINGS_LABELS as L, type SettingsForm } from "../settings-form.js";
import { CalendarFeedSection, type CalendarFeedView } from "./calendar-feed.js";
import { ImportForm } from "./import-result.js";

export interface SettingsPageProps {
  form: SettingsForm;
  errors: Record<string, string>;
  zones: string[];
  /** False until a time zone is saved: the field then says times are in UTC meanwhile. */
  zoneChosen: boolean;
  csrf: string;
  /** The version of the saved settings the form was loaded from (kept through a failed save). */
  version: string;
  /** Set when the form was saved from a stale version: where the saved settings differ. */
  changes?: Change[] | undefined;
  notice?: string | undefined;
  calendarFeed: CalendarFeedView;
}

export const SettingsPage: FC<SettingsPageProps> = ({ form, errors, zones, zoneChosen, csrf, version, changes, notice, calendarFeed }) => (
  <Layout title="Settings" current="/settings" csrf={csrf}>
    <h1>Settings</h1>
    <p class="sub">How the checks judge your notes, and how this app shows times.</p>
    <Notice text={notice} />
    <ErrorSummary errors={errors} />
    {changes ? <ChangedElsewhere heading="These settings were changed in another tab or window since you opened them:" changes={changes} reloadHref="/settings" /> : null}
    <form method="post" action="/settings" novalidate>
      <CsrfField token={csrf} />
      <VersionField version={version} />
      <fieldset>
        <legend>You</legend>
        <Field
          name="ownerAddresses"
          label={L.ownerAddresses}
          multiline
          value={form.ownerAddresses}
          error={errors.ownerAddresses}
          hint="Other addresses you send from (a work or a phone address): mail from them may use the checker too, besides the address the app was set up with. One per line."
        />
        <Field
          name="timeZone"
          label={L.timeZone}
          value={form.timeZone}
          error={errors.timeZone}
          maxLength={64}
          placeholder="Europe/Berlin"
          list="zones"
          hint={`Times in this app are shown here; interview times you type are read here.${zoneChosen ? "" : " Not chosen yet: until you save one, times are in UTC."}`}
        />
        <datalist id="zones">
          {zones.map((z) => (
            <option value={z} />
          ))}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>Reminders</legend>
        {/* One switch: the whole width, not a column of the rule grid. */}
        <div class="checks" style="grid-template-columns:1fr">
          <label>
            <input type="checkbox" name="reminders" value="on" checked={form.reminders === "on"} aria-describedby="f-reminders-hint" />
            <span>
              {L.reminders}
              <span class="hint" id="f-reminders-hint">
                An email when a send window opens and another 12 hours before it closes, while someone on the panel has no note from you yet.
              </span>
            </span>
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Timing and length</legend>
        <div class="grid2">
          <Field name="tooEarlyMinutes" label={L.tooEarlyMinutes} type="number" value={form.tooEarlyMinutes} error={errors.tooEarlyMinutes} />
          <Field name="lateWarningHours" label={L.lateWarningHours} type="number" step="any" value={form.lateWarningHours} error={errors.lateWarningHours} />
          <Field name="lateErrorHours" label={L.lateErrorHours} type="number" step="any" value={form.lateErrorHours} error={errors.lateErrorHours} />
          <Field name="longWarningWords" label={L.longWarningWords} type="number" value={form.longWarningWords} error={errors.longWarningWords} />
          <Field name="longErrorWords" label={L.longErrorWords} type="number" value={form.longErrorWords} error={errors.longErrorWords} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Spelling</legend>
        <Field name="personalWords" label={L.personalWords} multiline value={form.personalWords} error={errors.personalWords} hint="Words the spelling check accepts: jargon, product names. Separate with spaces or lines." />
      </fieldset>
      <fieldset>
        <legend>{L.disabledRules}</legend>
        {errors.disabledRules ? <p class="error">{errors.disabledRules}</p> : null}
        <div class="checks">
          {RULE_IDS.map((id) => (
            <label>
              <input type="checkbox" name="disabledRules" value={id} checked={form.disabledRules.includes(id)} />
              <span>
                {ruleTitle(id)}{" "}
                <code class="muted" style="font-size:.78rem;font-weight:400">
                  {id}
                </code>
                <span class="hint">{ruleById(id).why}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit">Save settings</button>
      </div>
    </form>
    <CalendarFeedSection view={calendarFeed} csrf={csrf} />
    <h2>Export and import</h2>
    <div class="card">
      <p>
        <a class="button secondary" href="/api/export" download="followup-check.json">
          Download everything (JSON)
        </a>
      </p>
      <ImportForm csrf={csrf} />
    </div>
  </Layout>
);
