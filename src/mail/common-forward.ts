/**
 * The inline forwards seen most, read directly: Gmail's "---------- Forwarded message ---------",
 * Apple Mail's "Begin forwarded message:" and Thunderbird's "-------- Forwarded Message --------",
 * in English, with a plain header block and nothing header- or separator-like around it.
 *
 * Why not always email-forward-parser: it runs every one of its ~250 locale patterns over the
 * body on each read, which was a fifth of a typical forward's whole check (about 0.4 ms). This
 * reader accepts only the simple shapes it can read exactly as the library does and returns
 * null for anything else, which then goes to the library; a property test holds it to the
 * library's result for every body it accepts.
 */
import type { EmailForwardMailbox, EmailForwardResult } from "email-forward-parser";

/** The separator lines read here (whole lines), as the library's English patterns accept them. */
const SEPARATOR = /^(?:-{8,10} Forwarded message -{8,10}|-{5,8} Forwarded Message -{5,8}|Begin forwarded message:)$/;

/**
 * A header line of the forwarded block: a key this reader knows, a colon, a value. Trailing
 * spaces and tabs stay in the value here and are cut by `trimSpaces`: a lazy value followed by
 * `[ \t]*$` tries the rest of the line at every character.
 */
const HEADER_LINE = /^(From|Date|Subject|To|Cc|CC|Reply-To):[ \t]*(.*)$/;

/** `text` without trailing spaces and tabs (what the library's `(.*?)[ \t]*$` leaves out). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(0, end);
}

/**
 * The words email-forward-parser's body patterns expect right before a colon ("From:", "Cc :",
 * "Begin forwarded message:", "… wrote:"), case as they match. test/mail/common-forward.test.ts
 * checks these lists against the installed library's patterns.
 */
export const HEADER_WORDS: readonly string[] = [
  "A", "Aan", "Adresat", "An", "Anfang der weitergeleiteten Nachricht", "Antwoord aan",
  "Antwort an", "Begin doorgestuurd bericht", "Begin forwarded message", "Bilgi", "CC", "Cc",
  "Copie à", "Címzett", "Către", "DW", "Da", "Data", "Date", "Dato", "Datum", "Dată", "De",
  "De la", "Destinatarul", "Do", "Dw", "Dátum", "Début du message réexpédié",
  "Début du message transféré", "Elküldve", "Enviado", "Envoyé", "Expeditorul", "Fecha", "Feladó",
  "Forwarded message", "Fra", "From", "Från", "Gesendet", "Gönderen", "Gönderilen",
  "Inicio del mensaje reenviado", "Inizio messaggio inoltrato", "Inviato",
  "Início da mensagem encaminhada", "Início da mensagem reencaminhada", "Kimden", "Kime", "Komu",
  "Kopi", "Kopia", "Kopie", "Kopio", "Kópia", "Lähetetty", "Lähettäjä", "Mittente", "Másolat",
  "Másolatot kap", "Nadawca", "Od", "Odgovori na", "Odoslané", "Odpovedať-Pre", "Odpověď na",
  "Odpowiedź-do", "Para", "Początek przekazywanej wiadomości", "Pour", "Pre", "Prima",
  "Päivämäärä", "Päiväys", "Reply-To", "Responder A", "Responder a", "Rispondi a", "Répondre à",
  "Răspuns către", "Saatja", "Sendt", "Sent", "Skickat", "Start på videresendt besked", "Svar til",
  "Svara till", "Tarih", "Til", "Till", "To", "Továbbított levél kezdete", "Trimis", "Van",
  "Vastaanottaja", "Vastaus", "Verzonden", "Vidarebefordrat mejl", "Videresendt melding", "Von",
  "Válaszcím", "Välitetty viesti alkaa", "Wysłano", "Yanıt Adresi", "Započni proslijeđenu poruku",
  "Začiatok preposlanej správy", "Začátek přeposílané zprávy", "a écrit", "de la", "escreveu",
  "escribió", "ezt írta", "följande", "geschreven", "ha scritto", "napisał", "napísal",
  "tarihinde şunu yazdı", "wrote", "À", "Începe mesajul redirecționat", "İleti başlangıcı",
  "Šalje", "Від", "Від кого", "Відправлено", "Дата", "Кому", "Кому відповісти", "Копия", "Копія",
  "Начало переадресованного сообщения", "От", "Ответ-Кому", "Отправитель", "Отправлено",
  "Початок листа, що пересилається", "написал",
];
/** Subject words the library matches in any case. */
export const SUBJECT_WORDS: readonly string[] = [
  "Aihe", "Assunto", "Asunto", "Betreff", "Emne", "Konu", "Naslov", "Objet", "Oggetto",
  "Onderwerp", "Predmet", "Předmět", "Subiect", "Subiectul", "Subject", "Sujet", "Temat", "Tárgy",
  "Ämne", "Тема",
];

/**
 * Words matched at the end of a text by walking back from a position through a trie of the
 * words reversed: the cost per colon is the length of the longest word that could end there,
 * not the number of words, so a line of thousands of colons is read in linear time.
 */
class WordEnds {
  private readonly root = new Map<string, TrieNode>();
  constructor(words: readonly string[], private readonly lowerCase: boolean) {
    for (const word of words) {
      let next = this.root;
      let node: TrieNode | undefined;
      for (const c of [...(lowerCase ? word.toLowerCase() : word)].reverse()) {
        node = next.get(c) ?? { next: new Map(), word: false };
        next.set(c, node);
        next = node.next;
      }
      if (node) node.word = true;
    }
  }

  /** True when one of the words ends at `end` in `text`. */
  endsAt(text: string, end: number): boolean {
    let next = this.root;
    for (let k = end - 1; k >= 0; k--) {
      const node = next.get(this.lowerCase ? text[k]!.toLowerCase() : text[k]!);
      if (!node) return false;
      if (node.word) return true;
      next = node.next;
    }
    return false;
  }
}
interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
}
const HEADER_WORD_ENDS = new WordEnds(HEADER_WORDS, false);
const SUBJECT_WORD_ENDS = new WordEnds(SUBJECT_WORDS, true);

/** Text the library rewrites before reading (a quote marker, a four-space indent) or splits at (dash or underscore rows). */
const REWRITTEN_OR_SEPARATOR = /^>|^ {4}|-{3}|_{5}/m;
/**
 * A line its "On … <address> wrote:"-style separators could match: a bracket or quote mark and
 * a colon, in either order (two scans: the same answer as one pattern with `.*` between them,
 * without its backtracking over a long line).
 */
const BRACKET = /[[<(|«„]/;
const COLON = /[:：]/;
/** A time's colon ("2:30"), and a colon that is not a time's. */
const TIME = /\d:\d/g;
const NON_TIME_COLON = /(?<!\d)[:：]|[:：](?!\d)/g;

/**
 * True when some line of `text` could read to the library as a separator or a header line:
 * a colon after one of its header words (or ending the line, or with a bracket on the line,
 * or full-width), a row of dashes or underscores, a quote marker or an indent. A prose colon
 * ("One piece of news: …") is none of these, so the notes people write still qualify. The
 * library splits a body only at such a line, so when this is false it finds no forward in
 * `text` under any subject (a property test holds it to that).
 */
export function headerLike(text: string): boolean {
  if (REWRITTEN_OR_SEPARATOR.test(text)) return true;
  for (const line of text.split("\n")) {
    if (!line.includes(":") && !line.includes("：")) continue;
    const withoutTimes = line.replace(TIME, "");
    if (line.includes("：") || /:\s*$/.test(line) || (BRACKET.test(withoutTimes) && COLON.test(withoutTimes))) return true;
    for (const colon of line.matchAll(NON_TIME_COLON)) {
      // The word before the colon, past any spaces and stars ("From *:", "Cc :").
      let end = colon.index;
      while (end > 0 && /[\s*]/.test(line[end - 1]!)) end--;
      if (HEADER_WORD_ENDS.endsAt(line, end) || SUBJECT_WORD_ENDS.endsAt(line, end)) return true;
    }
  }
  return false;
}

/** Characters the library rewrites before reading (BOM, no-break spaces) or lines it does not split on. */
const NORMALISED_BY_LIBRARY = /[\ufeff\u00a0\r]/;

/** An address in the one shape the library keeps verbatim (no brackets, quotes or separators). */
const ADDRESS = /^[^\s@<>[\]|"',;:()]+@[^\s@<>[\]|"',;:()]+\.[^\s@<>[\]|"',;:()]+$/;

/** `Name <address>` with a name the library takes whole (no quotes, brackets or separators). */
const NAMED = /^([^"'<>[\]|,;:()]+?) ?<([^<>]+)>$/;
const QUOTED = /^"([^"'<>[\]|]+)" ?<([^<>]+)>$/;
/** `<address>` alone, as Gmail writes a recipient without a name. */
const BRACKETED = /^()<([^<>]+)>$/;

/** One mailbox as the library reports it, or undefined for a shape left to the library. */
function mailbox(text: string): EmailForwardMailbox | undefined {
  if (ADDRESS.test(text)) return { address: text, name: null };
  const match = NAMED.exec(text) ?? QUOTED.exec(text) ?? BRACKETED.exec(text);
  if (!match || !ADDRESS.test(match[2]!)) return undefined;
  const name = match[1]!.trim();
  return { address: match[2]!, name: name && name !== match[2] ? name : null };
}

/** A comma-separated list of mailboxes (commas only inside quoted names), or undefined. */
function mailboxes(value: string): EmailForwardMailbox[] | undefined {
  const parts = value.match(/\s*"[^"]*"[^,]*|[^,]+/g) ?? [];
  const list = parts.map((part) => mailbox(part.trim()));
  return list.length > 0 && list.every((m) => m !== undefined) ? (list as EmailForwardMailbox[]) : undefined;
}

/**
 * The library's clean-up of a forwarded block before it reads it, in its order: Apple Mail
 * quotes the forwarded message ("> From: …"), and its quote marks come off, a line of marks
 * alone leaving an empty line.
 */
const QUOTE_MARKS_ALONE = /^(>+)\s?$/gm;
const QUOTE_MARKS = /^(>+)\s?/gm;

/** `block` without the quote marks the library takes off; null when it would also take off indents, which this reader leaves to it. */
function unquoted(block: string): string | null {
  if (!block.startsWith(">")) return block;
  const text = block.replace(QUOTE_MARKS_ALONE, "").replace(QUOTE_MARKS, "");
  return /^ {4}/m.test(text) ? null : text;
}

/**
 * Reads `body` when it is one of the common forwards described above, returning what
 * email-forward-parser's `read(body, "")` returns for it; null for any other body.
 */
export function readCommonForward(body: string): EmailForwardResult | null {
  if (NORMALISED_BY_LIBRARY.test(body)) return null;
  const lines = body.split("\n");
  const at = lines.findIndex((line) => SEPARATOR.test(line));
  if (at < 0) return null;
  let i = at + 1;
  if (lines[at]!.endsWith(":")) while (i < lines.length && lines[i]!.trim() === "") i++;
  const block = unquoted(lines.slice(i).join("\n"));
  if (block === null) return null;
  const fields = readFields(block.split("\n"), HEADER_LINE);
  if (!fields) return null;
  const { From: from, To: to, Subject: subject, Date: date } = fields.values;
  // The library ends the block at a blank line after a Subject, Cc, To, Reply-To or Date line,
  // and reads these fields from the block alone only when each is present.
  if (fields.last === "From" || !subject || !date || headerLike(date)) return null;
  return forwardOf(lines.slice(0, at).join("\n"), fields, from, to, subject, date);
}

/**
 * Outlook's forward header block (From, Sent, To, Cc, Subject, as its HTML forwards read as
 * text), with no separator line: the library finds it only under a forward subject, splitting
 * at the From line, and reads the date from "Sent".
 */
const OUTLOOK_HEADER_LINE = /^(From|Sent|To|Cc|Subject):[ \t]*(.*)$/;

/**
 * Reads `body` when it is an Outlook forward as described above, returning what
 * email-forward-parser's `read(body, subject)` returns for it, given `forwardSubject`: what
 * the library reads from the message's subject (its `read("", subject)`), or null when that
 * is no forward's subject. Null for any other body. The library reads such a body alone
 * (`read(body, "")`) as no forward, as it has no separator.
 */
export function readOutlookForward(body: string, forwardSubject: string | null | undefined): EmailForwardResult | null {
  if (forwardSubject === null || NORMALISED_BY_LIBRARY.test(body)) return null;
  const lines = body.split("\n");
  const at = lines.findIndex((line) => line.startsWith("From:"));
  if (at < 0) return null;
  const fields = readFields(lines.slice(at), OUTLOOK_HEADER_LINE);
  if (!fields) return null;
  const { From: from, To: to, Subject: subject, Sent: sent } = fields.values;
  // The library reads the original from the line after its Subject line.
  if (fields.last !== "Subject" || !subject || !sent || headerLike(subject) || headerLike(sent)) return null;
  return forwardOf(lines.slice(0, at).join("\n"), fields, from, to, forwardSubject || subject, sent);
}

/** A forward's header block: its fields, the last field's name, and the original below it. */
interface HeaderBlock {
  values: Record<string, string>;
  last: string | undefined;
  original: string;
}

/** The header block at the start of `lines` (each line one field of `pattern`, up to a blank line) and the original below; null for any other shape. */
function readFields(lines: readonly string[], pattern: RegExp): HeaderBlock | null {
  const fields = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && lines[i] !== ""; i++) {
    const header = pattern.exec(lines[i]!);
    if (!header || fields.has(header[1]!)) return null;
    fields.set(header[1]!, trimSpaces(header[2]!));
  }
  if (i >= lines.length || (fields.has("Cc") && fields.has("CC"))) return null;
  return { values: Object.fromEntries(fields), last: [...fields.keys()].at(-1), original: lines.slice(i).join("\n").trim() };
}

/** The library's result for a forward whose block reads as given, or null when a part of it is a shape left to the library. */
function forwardOf(above: string, block: HeaderBlock, from: string | undefined, to: string | undefined, subject: string, date: string): EmailForwardResult | null {
  const { values, original } = block;
  if (!from || !to || !original || headerLike(above) || headerLike(original) || headerLike(subject)) return null;
  const cc = values.Cc ?? values.CC ?? "";
  const author = mailbox(from);
  const toList = mailboxes(to);
  const ccList = cc ? mailboxes(cc) : [];
  const replyTo = values["Reply-To"];
  if (!author || !toList || !ccList || (replyTo !== undefined && !mailboxes(replyTo))) return null;
  return {
    forwarded: true,
    message: above.trim() || null,
    email: { body: original, from: author, to: toList, cc: ccList, subject, date },
  };
}
