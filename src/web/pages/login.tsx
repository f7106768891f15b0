/**
 * The login form: one password field; the session cookie is set on success. Until a time zone
 * is saved it also asks for one, so the app's times (and the interview form) are the owner's
 * from the first login on.
 */
import type { FC } from "hono/jsx";
import { Field } from "../fields.js";
import { Document } from "../layout.js";
import { TimeZoneSelect } from "../time-zone-select.js";

/** The first-login question: the zones to choose from, and the one to show selected. */
export interface ZoneQuestion {
  zones: readonly string[];
  selected: string;
}

export const LoginPage: FC<{ next: string; error?: string; devHint: boolean; zone?: ZoneQuestion | null }> = ({ next, error, devHint, zone }) => (
  <Document title="Log in">
    <main id="main" class="login">
      <div class="card">
        <h1>followup-check</h1>
        <p class="sub">Your private proofreader for post-interview notes.</p>
        <form method="post" action="/login">
          <input type="hidden" name="next" value={next} />
          <Field name="password" label="Password" type="password" value="" error={error} required autocomplete="current-password" />
          {zone ? (
            <div class="field">
              <label for="f-timeZone">Your time zone</label>
              <span class="hint" id="f-timeZone-hint">
                Asked once: times in the app are shown in it, and interview times you type are read in it. You can change it in Settings.
              </span>
              <TimeZoneSelect id="f-timeZone" name="timeZone" zones={zone.zones} selected={zone.selected} prompt="Choose later (times stay in UTC)" describedBy="f-timeZone-hint" />
            </div>
          ) : null}
          <button type="submit">Log in</button>
        </form>
        {devHint ? <p class="meta">Local development: the password is <code>dev-password</code> (see README).</p> : null}
      </div>
    </main>
  </Document>
);
