/**
 * Finds the note's greeting line ("Hi Priya,", "Dear Dr. Okafor,", "Priya,").
 */

/** Words that open a salutation, in the languages job seekers commonly write in. */
const GREETING_OPENERS =
  /^(?:hi|hii|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|morning|to\s+whom\s+it\s+may\s+concern|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|bonjour|bonsoir|cher|ch[èe]re|hola|estimad[oa]s?|ciao|gentile|beste|geachte|hej|witam|szanown[ya])\b/iu;

/**
 * A salutation that is only a name and a comma ("Priya,", "Dr. Okafor,", "Team,").
 * Up to three capitalised words, so a sentence that happens to end in a comma is not taken.
 */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*,$/u;

/**
 * A salutation no list here holds, of a word or two, before a capitalised name and a comma:
 * another language's ("Kia ora Mere,", "Sawubona Sipho,"). Its words go to the name readers,
 * which tell the salutation from the name by the panel (names.ts, wrong-name).
 */
const OTHER_SALUTATION = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Ll}[\p{L}'’]*)?\s+\p{Lu}[\p{L}'’.-]*\s*,$/u;

/** Capitalised words that open a note with a comma but are not someone's name. */
const NOT_A_NAME = new Set([
  "thanks", "thank", "yes", "no", "sorry", "also", "so", "well", "okay", "ok", "again",
  "however", "sure", "great", "first", "firstly", "finally", "additionally", "honestly",
  "unfortunately", "fortunately", "anyway", "btw", "ps", "regards", "best", "cheers",
]);

/**
 * A line opening with "Hi" but with no comma or dash is a greeting only when this short;
 * a longer one is a sentence ("Hello there I wanted to follow up on…").
 */
const MAX_GREETING_WORDS = 8;

/** Emoji and symbols after a salutation ("Hi Leonie 👋"): decoration, not part of it. */
const TRAILING_SYMBOLS = /(?:\s*(?:\p{Extended_Pictographic}|\p{So}|\uFE0F|\u200D))+$/u;

/** Where a salutation ends when the line goes on: a comma, colon, "!" or a dash. */
const SALUTATION_END = /^(.*?(?:[,:!]|\s[-–—]))(?:\s|$)/u;

/**
 * Returns the greeting as written when the first non-empty line of the text is a
 * salutation, else null. When the line goes on past the salutation
 * ("Hi Priya, thank you for…"), only the salutation part is returned ("Hi Priya,").
 */
export function findGreeting(text: string): string | null {
  const line = text.split("\n").find((l) => l.trim() !== "")?.trim().replace(TRAILING_SYMBOLS, "");
  if (!line) return null;

  if (NAME_ONLY.test(line) || OTHER_SALUTATION.test(line)) {
    const firstWord = line.split(/[\s,]/)[0]!.replace(/[.'’]/g, "").toLowerCase();
    return NOT_A_NAME.has(firstWord) ? null : line;
  }
  if (!GREETING_OPENERS.test(line)) return null;

  const salutation = SALUTATION_END.exec(line)?.[1];
  if (salutation) return salutation.trim();
  return line.split(/\s+/).length <= MAX_GREETING_WORDS ? line : null;
}
