/**
 * An import as the API and the settings form both run it: read the file, validate it whole
 * (transfer.ts), write it (store/import-writer.ts), and say in plain words what happened.
 */
import type { Interview } from "../facts/schema.js";
import { storedInterviewIds, writeImport, type ImportCounts, type ImportWriteOutcome, type MaybeChanged } from "../store/import-writer.js";
import type { ImportProblem } from "./import-words.js";
import { parseJson, planImport } from "./transfer.js";

export type ImportAnswer =
  /** What the import changed, and the file's interviews (to name those it added or replaced). */
  | { ok: true; counts: ImportCounts; interviews: readonly Interview[] }
  /** `unchanged`: the store is as it was (a refused file, or a failure whose writes were put back). */
  | { ok: false; status: 400 | 503; problems: ImportProblem[]; unchanged: boolean };

/** Interviews a message names before it says how many more: enough to check, short enough to read. */
const NAMED_INTERVIEWS = 20;

/**
 * Imports a file's text. Throws a StoreError only when storage fails before anything was
 * written (the app answers that nothing was changed).
 */
export async function importFile(kv: KVNamespace, text: string): Promise<ImportAnswer> {
  const json = parseJson(text);
  const result = json.ok ? planImport(json.value, await storedInterviewIds(kv)) : json;
  if (!result.ok) return { ok: false, status: 400, problems: result.problems, unchanged: true };
  const outcome = await writeImport(kv, result.plan);
  if (outcome.ok) {
    const { ok: _, ...counts } = outcome;
    return { ok: true, counts, interviews: result.plan.interviews };
  }
  // Already in words, and the same for the API: no field to name.
  const message = stoppedMessage(outcome);
  return { ok: false, status: 503, problems: [{ line: message, words: message }], unchanged: outcome.maybeChanged === null };
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
