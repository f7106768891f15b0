/**
 * Labelled form fields that show what was typed and, beside the field, what is wrong with it
 * (linked with aria-describedby so screen readers read the message with the field).
 */
import type { Child, FC } from "hono/jsx";
import type { Change } from "./changes.js";
import { VERSION_FIELD } from "./versions.js";

export interface FieldProps {
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  type?: "text" | "email" | "password" | "number" | "datetime-local";
  /** Renders a textarea; "tall" for the draft text. */
  multiline?: boolean | "tall";
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  autocomplete?: string;
  step?: string;
  readonly?: boolean;
  /** Id of a datalist offering suggestions. */
  list?: string;
}

/** Field names hold dots ("interviewers.0.name"); ids must not. */
const idOf = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

/** What a field's aria-describedby names: its hint and what is wrong with it, when it has them. */
const describedBy = (id: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

/** A field's hint, outside the label so the field's name stays short; read with it through aria-describedby. */
const Hint: FC<{ id: string; hint: string | undefined }> = ({ id, hint }) =>
  hint ? (
    <span class="hint" id={`${id}-hint`}>
      {hint}
    </span>
  ) : null;

export const Field: FC<FieldProps> = (p) => {
  const id = idOf(p.name);
  const described = describedBy(id, p.hint, p.error);
  const common = {
    id,
    name: p.name,
    required: p.required,
    maxlength: p.maxLength,
    placeholder: p.placeholder,
    "aria-invalid": p.error ? "true" : undefined,
    "aria-describedby": described,
  };
  return (
    <div class={p.error ? "field invalid" : "field"}>
      <label for={id}>{p.label}</label>
      <Hint id={id} hint={p.hint} />
      {p.multiline ? (
        <textarea {...common} class={p.multiline === "tall" ? "tall" : undefined} rows={p.multiline === "tall" ? 14 : 3}>
          {p.value}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? "text"} value={p.value} autocomplete={p.autocomplete} step={p.step} readonly={p.readonly} list={p.list} />
      )}
      {p.error ? (
        <span class="error" id={`${id}-error`}>
          {p.error}
        </span>
      ) : null}
    </div>
  );
};

/** A labelled select (its options as children), with what is wrong with it beside it as Field does. */
export const SelectField: FC<{ name: string; label: string; error?: string | undefined; hint?: string; children?: Child }> = ({ name, label, error, hint, children }) => {
  const id = idOf(name);
  return (
    <div class={error ? "field invalid" : "field"}>
      <label for={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <select id={id} name={name} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? "true" : undefined}>
        {children}
      </select>
      {error ? (
        <span class="error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
};

/** A summary above a form that failed, so the problem is found before scrolling. */
export const ErrorSummary: FC<{ errors: Record<string, string> }> = ({ errors }) => {
  const count = Object.keys(errors).length;
  if (!count) return null;
  return (
    <div class="alert bad" role="alert">
      <strong>{count === 1 ? "One field needs attention." : `${count} fields need attention.`}</strong> Nothing was saved; what you typed is kept below.
    </div>
  );
};

/** The hidden field carrying the version of the saved value a form was loaded from (see versions.ts). */
export const VersionField: FC<{ version: string }> = ({ version }) => <input type="hidden" name={VERSION_FIELD} value={version} />;

/**
 * Above a form saved from a stale version: nothing was saved, what was typed is kept, and
 * where the saved version differs. The form then carries the saved version, so saving again
 * replaces it on purpose; the link loads the saved version instead.
 */
export const ChangedElsewhere: FC<{ heading: string; changes: Change[]; reloadHref: string }> = ({ heading, changes, reloadHref }) => (
  <div class="alert bad" role="alert">
    <p>
      <strong>{heading}</strong> nothing was saved, and what you typed is kept below.
    </p>
    {changes.length ? (
      <>
        <p>Where the saved version differs from yours:</p>
        <ul>
          {changes.map((change) => (
            <li>
              <strong>{change.label}</strong>: {change.text}
            </li>
          ))}
        </ul>
      </>
    ) : null}
    <p>
      Save again to replace the saved version with yours, or <a href={reloadHref}>load the saved version</a> (what you typed here is then lost).
    </p>
  </div>
);
