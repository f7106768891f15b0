/** Settings: owner addresses, time zone, timing and length thresholds, personal words, rules turned off; export and import. */
import type { FC } from "hono/jsx";
import { ruleById } from "../../rules/index.js";
import { RULE_IDS } from "../../types.js";
import { ErrorSummary, Field } from "../fields.js";
import { CsrfField, Layout, Notice } from "../layout.js";
import type { SettingsForm } from "../settings-form.js";

export interface SettingsPageProps {
  form: SettingsForm;
  errors: Record<string, string>;
  zones: string[];
  csrf: string;
  notice?: string;
  importErrors?: string[];
}

export const SettingsPage: FC<SettingsPageProps> = ({ form, errors, zones, csrf, notice, importErrors }) => (
  <Layout title="Settings" current="/settings" csrf={csrf}>
    <h1>Settings</h1>
    <p class="sub">How the checks judge your notes, and how this app shows times.</p>
    <Notice text={notice} />
    <ErrorSummary errors={errors} />
    <form method="post" action="/settings" novalidate>
      <CsrfField token={csrf} />
      <fieldset>
        <legend>You</legend>
        <Field name="ownerAddresses" label="Your addresses" multiline value={form.ownerAddresses} error={errors.ownerAddresses} hint="Mail from these may use the checker, besides OWNER_ADDRESSES in wrangler.toml. One per line." />
        <Field name="timeZone" label="Time zone" value={form.timeZone} error={errors.timeZone} maxLength={64} placeholder="Europe/Berlin" list="zones" hint="Times in this app are shown here; interview times you type are read here." />
        <datalist id="zones">
          {zones.map((z) => (
            <option value={z} />
          ))}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>Timing and length</legend>
        <div class="grid2">
          <Field name="tooEarlyMinutes" label="Too early: minutes after the end" type="number" value={form.tooEarlyMinutes} error={errors.tooEarlyMinutes} />
          <Field name="lateWarningHours" label="Late: hours after the end" type="number" step="any" value={form.lateWarningHours} error={errors.lateWarningHours} />
          <Field name="lateErrorHours" label="Too late: hours after the end" type="number" step="any" value={form.lateErrorHours} error={errors.lateErrorHours} />
          <Field name="longWarningWords" label="Long: words" type="number" value={form.longWarningWords} error={errors.longWarningWords} />
          <Field name="longErrorWords" label="Too long: words" type="number" value={form.longErrorWords} error={errors.longErrorWords} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Spelling</legend>
        <Field name="personalWords" label="Your words" multiline value={form.personalWords} error={errors.personalWords} hint="Words the spelling check accepts: jargon, product names. Separate with spaces or lines." />
      </fieldset>
      <fieldset>
        <legend>Rules turned off</legend>
        {errors.disabledRules ? <p class="error">{errors.disabledRules}</p> : null}
        <div class="checks">
          {RULE_IDS.map((id) => (
            <label>
              <input type="checkbox" name="disabledRules" value={id} checked={form.disabledRules.includes(id)} />
              <span>
                <code>{id}</code>
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
    <h2>Export and import</h2>
    <div class="card">
      <p>
        <a class="button secondary" href="/api/export" download="followup-check.json">
          Download everything (JSON)
        </a>
      </p>
      {importErrors?.length ? (
        <div class="alert bad" role="alert">
          <strong>Nothing was imported:</strong>
          <ul>
            {importErrors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action="/import" enctype="multipart/form-data">
        <CsrfField token={csrf} />
        <div class="field">
          <label for="f-file">Import a facts file</label>
          <span class="hint" id="f-file-hint">
            The export's format, or a file with only "interviews". Interviews with the same id are replaced; everything is checked before anything is written.
          </span>
          <input id="f-file" type="file" name="file" accept="application/json,.json" required aria-describedby="f-file-hint" />
        </div>
        <button class="secondary" type="submit">
          Import
        </button>
      </form>
    </div>
  </Layout>
);
