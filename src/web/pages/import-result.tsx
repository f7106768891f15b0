/**
 * The page an import answers with, its outcome at the top where it is seen without scrolling:
 * a refused file's problems in words, a storage failure part-way (and whether anything
 * changed), or what a finished import changed. The import form follows, for the next file.
 */
import type { FC } from "hono/jsx";
import type { ImportAnswer } from "../import-file.js";
import { importSummary } from "../import-words.js";
import { CsrfField, Layout } from "../layout.js";

/** Problems listed: a file with more is most likely the wrong file, which the first fifty show. */
const SHOWN_PROBLEMS = 50;
/** Interviews named as added or replaced: enough to check, short enough to read; the dashboard lists them all. */
const SHOWN_INTERVIEWS = 20;

/** The form that uploads a facts file: on the settings page, and after an import for the next one. */
export const ImportForm: FC<{ csrf: string }> = ({ csrf }) => (
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
);

/** A refused file's problems, or why storage stopped the import (a storage failure is one message). */
const Problems: FC<{ answer: Extract<ImportAnswer, { ok: false }> }> = ({ answer }) => {
  const words = answer.problems.map((p) => p.words);
  if (answer.status !== 400) {
    return (
      <div class="alert bad" role="alert">
        {words.map((w) => (
          <p>{w}</p>
        ))}
      </div>
    );
  }
  const one = words.length === 1;
  return (
    <div class="alert bad" role="alert">
      <p>
        <strong>
          The file has {one ? "a problem" : `${words.length} problems`}. Fix {one ? "it" : "them"} and import the file again: nothing is written until all of it is right.
        </strong>
      </p>
      <ul>
        {words.slice(0, SHOWN_PROBLEMS).map((w) => (
          <li>{w}</li>
        ))}
      </ul>
      {words.length > SHOWN_PROBLEMS ? <p>…and {words.length - SHOWN_PROBLEMS} more.</p> : null}
    </div>
  );
};

/** The refused, stopped or finished import `answer`. */
export const ImportResultPage: FC<{ csrf: string; answer: ImportAnswer }> = ({ csrf, answer }) => {
  if (!answer.ok) {
    return (
      <Layout title="Import" current="/settings" csrf={csrf}>
        <h1>{answer.unchanged ? "Nothing was imported" : "Import stopped part-way"}</h1>
        <Problems answer={answer} />
        <ImportForm csrf={csrf} />
        <p>
          <a href="/settings">Back to the settings page</a>
        </p>
      </Layout>
    );
  }
  const { counts, interviews } = answer;
  const names = new Map(interviews.map((i) => [i.id, `${i.company}, ${i.role}`]));
  const changed = [...counts.added.map((id) => [id, "added"] as const), ...counts.replaced.map((id) => [id, "replaced"] as const)];
  return (
    <Layout title="Import finished" current="/settings" csrf={csrf}>
      <h1>Import finished</h1>
      <div class="alert good" role="status">
        {importSummary(counts)}
      </div>
      {changed.length ? (
        <ul>
          {changed.slice(0, SHOWN_INTERVIEWS).map(([id, how]) => (
            <li>
              <a href={`/interviews/${id}`}>{names.get(id)}</a> {how}
            </li>
          ))}
          {changed.length > SHOWN_INTERVIEWS ? <li>…and {changed.length - SHOWN_INTERVIEWS} more</li> : null}
        </ul>
      ) : null}
      <div class="actions">
        <a class="button" href="/">
          See your interviews
        </a>
        <a class="button secondary" href="/settings">
          Back to the settings page
        </a>
      </div>
    </Layout>
  );
};
