/**
 * Charset checks. postal-mime decodes with the runtime's TextDecoder and silently falls
 * back (to windows-1252, else UTF-8) for a label the runtime does not know — which
 * depends on the runtime: Node with full ICU knows gbk and iso-2022-jp, a Worker may
 * not. So each label is tried here, in the same runtime, and a miss is reported.
 */

/** Labels postal-mime maps onto a WHATWG label (mirrors its alias table). */
const ALIASES = new Map<string, string>([
  ["shiftjis", "shift_jis"],
  ["windows31j", "shift_jis"],
  ["mskanji", "shift_jis"],
  ["eucjp", "euc-jp"],
  ["iso2022jp", "iso-2022-jp"],
  ["iso2022jp1", "iso-2022-jp"],
  ["iso2022jp2", "iso-2022-jp"],
  ["euckr", "euc-kr"],
  ["uhc", "euc-kr"],
  ["tis620", "windows-874"],
  ["iso88598i", "iso-8859-8"],
  ["iso88598e", "iso-8859-8"],
  ["cp932", "shift_jis"],
  ["cp936", "gbk"],
  ["cp949", "euc-kr"],
  ["cp950", "big5"],
]);

/** At most this many distinct labels are checked: a message can name thousands. */
const MAX_LABELS = 50;

function decodable(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** True when the runtime can decode text labelled `label`, directly or via an alias. */
export function isSupportedCharset(label: string): boolean {
  const lower = label.trim().toLowerCase();
  const normalized = lower.replace(/^(?:x-ms-|x-|cs)/, "").replace(/[\s._-]+/g, "");
  const codePage = /^(?:cp|windows|ms|ibm)(\d+)$/.exec(normalized)?.[1];
  const candidates = [lower, normalized, ALIASES.get(normalized), codePage && `windows-${codePage}`];
  return candidates.some((c) => typeof c === "string" && c !== "" && decodable(c));
}

/**
 * Content-Type header fields of the message and its parts, unfolded. Only header fields:
 * an HTML body's <meta charset> (often QP-mangled to "=3Dutf-8") is not what decodes it.
 */
const CONTENT_TYPE_FIELD = /^content-type[ \t]*:[^\n]*(?:\r?\n[ \t][^\n]*)*/gim;
const CHARSET_PARAM = /charset\s*=\s*"?([^";\s]+)"?/i;
const ENCODED_WORD = /=\?([^?*\s]+)(?:\*[^?]*)?\?[bq]\?[^?\s]*\?=/gi;

/** Every charset label in Content-Type parameters and RFC 2047 encoded words. */
function charsetLabels(raw: string): Set<string> {
  const labels = new Set<string>();
  const found = [
    ...[...raw.matchAll(CONTENT_TYPE_FIELD)].map((m) => CHARSET_PARAM.exec(m[0])?.[1]),
    ...[...raw.matchAll(ENCODED_WORD)].map((m) => m[1]),
  ];
  for (const label of found) {
    if (labels.size >= MAX_LABELS) break;
    if (label) labels.add(label.toLowerCase());
  }
  return labels;
}

/** A problem for each charset label in the raw message that this runtime cannot decode. */
export function charsetProblems(raw: string): string[] {
  return [...charsetLabels(raw)]
    .filter((label) => !isSupportedCharset(label))
    .map((label) => `unknown charset ${label}; decoded as windows-1252, so some characters may be wrong`);
}

/** A problem when decoded text holds replacement characters: the charset label was wrong. */
export function replacementProblem(text: string): string[] {
  const count = text.match(/\uFFFD/g)?.length ?? 0;
  return count === 0
    ? []
    : [`${count} character(s) could not be decoded as labelled (mislabelled charset?) and show as "\uFFFD"`];
}
