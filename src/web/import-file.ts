/**
 * An import as the API and the settings form both run it: read the file, validate it whole
 * (transfer.ts), write it (store/import-writer.ts), and say in plain words what happened.
 */
import { storedInterviewIds, writeImport, type ImportWriteOutcome, type MaybeChanged } from "../store/import-writer.js";
import { parseJson, planImport } from "./transfer.js";

export type ImportAnswer =
  | { ok: true; imported: { interviews: number; sends: number } }
  /** `unchanged`: the store is as it was (a refused file, or a failure whose writes were put back). */
  | { ok: false; status: 400 | 503; errors: string[]; unchanged: boolean };

/** Interviews a message names before it says how many more: enough to check, short enough to read. */
const NAMED_INTERVIEWS = 20;

/**
 * Imports a file's text. Throws a StoreError only when storage fails before anything was
 * written (the app answers that nothing was changed).
 */
export async function importFile(kv: KVNamespace, text: string): Promise<ImportAnswer> {
  const json = parseJson(text);
  const result = json.ok ? planImport(json.value, await storedInterviewIds(kv)) : json;
  if (!result.ok) return { ok: false, status: 400, errors: result.errors, unchanged: true };
  const outcome = await writeImport(kv, result.plan);
  if (outcome.ok) return { ok: true, imported: { interviews: outcome.interviews, sends: outcome.sends } };
  return { ok: false, status: 503, errors: [stoppedMessage(outcome)], unchanged: outcome.maybeChanged === null };
}

/** Why the import stopped, whether anything changed, and what to do. */
function stoppedMessage({ failedAt, writes, maybeChanged }: Extract<ImportWriteOutcome, { ok: false }>): string {
  const where = `Storage failed part-way through the import (at write ${failedAt} of ${writes})`;
  if (!maybeChanged) return `${where}, so everything it had written was put back: nothing was changed. Try again in a minute.`;
  return `${where}, and putting back what it had written failed too, so these may have changed: ${listed(maybeChanged)}. Import the same file again to finish: interviews are replaced and each send is logged once.`;
}

function listed({ interviews, settings, sends }: MaybeChanged): string {
  const more = interviews.length - NAMED_INTERVIEWS;
  const ids = interviews.slice(0, NAMED_INTERVIEWS).join(", ") + (more > 0 ? ` and ${more} more` : "");
  return [
    interviews.length ? `${interviews.length === 1 ? "interview" : "interviews"} ${ids}` : "",
    settings ? "the settings" : "",
    sends ? `${sends} logged ${sends === 1 ? "send" : "sends"}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}
