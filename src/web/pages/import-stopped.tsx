/**
 * After an import that stopped part-way and could not put back what it had written: the
 * settings page's "Nothing was imported" would not be true, so this says what may have changed.
 */
import type { FC } from "hono/jsx";
import { Layout } from "../layout.js";

export const ImportStoppedPage: FC<{ csrf: string; errors: string[] }> = ({ csrf, errors }) => (
  <Layout title="Import stopped" current="/settings" csrf={csrf}>
    <h1>Import stopped part-way</h1>
    <div class="alert bad" role="alert">
      <ul>
        {errors.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
    </div>
    <p>
      <a href="/settings">Back to the settings page</a> to import the file again.
    </p>
  </Layout>
);
