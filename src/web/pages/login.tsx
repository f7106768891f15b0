/** The login form: one password field; the session cookie is set on success. */
import type { FC } from "hono/jsx";
import { Field } from "../fields.js";
import { Document } from "../layout.js";

export const LoginPage: FC<{ next: string; error?: string; devHint: boolean }> = ({ next, error, devHint }) => (
  <Document title="Log in">
    <main id="main" class="login">
      <div class="card">
        <h1>followup-check</h1>
        <p class="sub">Your private proofreader for post-interview notes.</p>
        <form method="post" action="/login">
          <input type="hidden" name="next" value={next} />
          <Field name="password" label="Password" type="password" value="" error={error} required autocomplete="current-password" />
          <button type="submit">Log in</button>
        </form>
        {devHint ? <p class="meta">Local development: the password is <code>dev-password</code> (see README).</p> : null}
      </div>
    </main>
  </Document>
);
