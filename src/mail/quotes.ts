/**
 * Drops quoted reply chains and nested forwards below a note.
 *
 * Written by hand rather than with email-reply-parser: that library treats a line
 * "Regards," / "Cheers," / "Best wishes," as the start of a signature and drops it with the
 * writer's name, and it cuts at any line "From: Name <address>". Losing part of a real note
 * is worse than keeping a quoted line, so every pattern here needs strong evidence: a whole
 * attribution line, a separator line, or a block of at least three header fields.
 */

/** "On <date>, <name> wrote:" and its translations, as a whole (possibly wrapped) line. */
const ATTRIBUTION = [
  /^On\s.+\swrote:$/i,
  /^.+\son\s.+\swrote:$/i,
  /^Le\s.+\s(?:a\s)?écrit\s?:$/i,
  /^El\s.+\sescribió\s?:$/i,
  /^(?:Il|In data)\s.+\s(?:ha\s)?scritto\s?:$/i,
  /^Em\s.+\sescreveu\s?:$/i,
  /^Am\s.+\sschrieb\s?.*:$/i,
  /^.+\s<.+>\sschrieb\s?:$/i,
  /^Op\s.+\sschreef\s?.*:$/i,
  /^(?:W dniu|Dnia)\s.+\s(?:pisze|napisał(?:\(a\))?)\s?:$/iu,
  /^Den\s.+\sskrev\s?.*:$/i,
  /^.+\s(?:skrev|kirjoitti)\s?.*:$/i,
  /^.+\sнаписал(?:\(а\)|а)?\s?:$/iu,
  /^.+写道[：:]$/u,
  /^.+のメッセージ[：:]$/u,
  /^.+작성[：:]$/u,
];

/**
 * An attribution names a date, a time or an address. Requiring one keeps a note's own
 * sentence ending in "…that I wrote:" from being taken for the start of a quote.
 */
const ATTRIBUTION_EVIDENCE = /[\d@<]/;

/**
 * An attribution is a date, a name and an address: under 200 characters in every client
 * seen, so 400 is generous. Longer lines are not tried: the patterns' `.+…<.+>` backtrack
 * once per bracket on a line, which on a long line of brackets costs its length squared.
 */
const MAX_ATTRIBUTION_CHARS = 400;

/** Separator lines above a quoted original or a nested forward: everything below goes. */
const CUT_LINES = [
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Mensagem original|Oorspronkelijk bericht|Originalmeddelande|Opprinnelig melding|Oprindelig meddelelse|Wiadomość oryginalna|Исходное сообщение|Původní zpráva|Alkuperäinen viesti)\s*-{2,}$/iu,
  /^-{3,}\s*(?:Forwarded message|Forwarded Message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Mensagem encaminhada|Doorgestuurd bericht|Vidarebefordrat meddelande|Videresendt meddelelse|Пересылаемое сообщение)\s*-{3,}$/iu,
  /^(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Inicio del mensaje reenviado)\s?:$/iu,
];

/** Outlook's underscore line above a quoted header block. */
const OUTLOOK_SEPARATOR = /^_{20,}$/;

/** The first line of an Outlook-style quoted header block ("From: Priya Raman …"). */
const HEADER_FROM = /^\*?(?:From|Von|De|Da|Van|Od|Från|Fra|Lähettäjä|От|Feladó|送信者|发件人)\s?\*?[:：]\*?\s*\S/iu;

/** Other header fields of such a block: Sent/Date/To/Cc/Subject and translations. */
const HEADER_FIELD =
  /^\*?(?:Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Envoyé|Date|À|Objet|Enviado|Fecha|Para|Asunto|Inviato|Data|A|Oggetto|Verzonden|Aan|Onderwerp|Skickat|Till|Ämne|Sendt|Til|Emne|Wysłano|Do|Temat|Отправлено|Кому|Тема|Dátum|Címzett|Tárgy|件名|宛先|主题|收件人|发送时间)\s?\*?[:：]/iu;

/** A header block needs this many further field lines below "From:" to count as one. */
const MIN_HEADER_FIELDS = 2;

/** How far below "From:" the other header fields may appear (wrapped recipient lists). */
const HEADER_WINDOW = 6;

/** The wrapped-off tail of an attribution ("wrote:", "<priya@…> wrote:") is this short. */
const MAX_WRAPPED_TAIL = 60;

const isQuoted = (line: string): boolean => /^\s*>/.test(line);

/**
 * True when `line` holds a colon (ASCII or full-width). Every attribution and header pattern
 * above needs one, so most lines of a note skip them: cheaper per line, and in a fresh Worker
 * their case-insensitive Unicode patterns are then not compiled at all.
 */
const hasColon = (line: string): boolean => line.includes(":") || line.includes("：");

/** Number of lines (1 or 2) an attribution starting at `i` spans, or 0. */
function attributionLength(lines: string[], i: number): number {
  const line = lines[i]!.trim();
  if (!line || isQuoted(line)) return 0;
  const matches = (candidate: string): boolean =>
    candidate.length <= MAX_ATTRIBUTION_CHARS && ATTRIBUTION_EVIDENCE.test(candidate) && hasColon(candidate) && ATTRIBUTION.some((re) => re.test(candidate));
  if (matches(line)) return 1;
  // Clients wrap long attributions ("On Tue, 18 Nov 2026 at 09:12, Priya Raman <…>\nwrote:").
  const next = lines[i + 1]?.trim();
  if (next && next.length < MAX_WRAPPED_TAIL && matches(`${line} ${next}`)) return 2;
  return 0;
}

/** True when an Outlook-style quoted header block ("From:", then Sent/To/Subject) starts at `i`. */
function isHeaderBlock(lines: string[], i: number): boolean {
  const start = OUTLOOK_SEPARATOR.test(lines[i]!.trim()) ? i + 1 : i;
  const first = lines[start]?.trim() ?? "";
  if (!hasColon(first) || !HEADER_FROM.test(first)) return false;
  const window = lines.slice(start + 1, start + 1 + HEADER_WINDOW);
  return window.filter((l) => HEADER_FIELD.test(l.trim())).length >= MIN_HEADER_FIELDS;
}

/** A separator line: each CUT_LINES pattern starts with a row of dashes or ends with a colon. */
function isSeparatorLine(line: string): boolean {
  return (line.startsWith("--") || line.endsWith(":")) && CUT_LINES.some((re) => re.test(line));
}

const isCutLine = (lines: string[], i: number): boolean => isSeparatorLine(lines[i]!.trim()) || isHeaderBlock(lines, i);

/** Index of the next non-blank line at or after `i` (lines.length when none). */
function nextContent(lines: string[], i: number): number {
  while (i < lines.length && lines[i]!.trim() === "") i++;
  return i;
}

/**
 * Removes quoted material from a note body: "> " lines with the attribution line above
 * them (top- or bottom-posted), and everything from an "-----Original Message-----" or
 * nested-forward separator, an Outlook "From:/Sent:/To:/Subject:" block, or an
 * attribution line that is not followed by "> " lines (the rest is then the quoted
 * original). The note's own lines are never reworded.
 */
export function stripQuotes(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isCutLine(lines, i)) {
      // A header block with nothing typed above it heads a forward no reader unwrapped (an
      // Outlook forward of a draft without a subject): the note is below it, not quoted.
      if (kept.some((l) => l.trim() !== "") || !isHeaderBlock(lines, i)) break;
      while (i < lines.length && lines[i]!.trim() !== "") i++;
      continue;
    }
    const span = attributionLength(lines, i);
    if (span > 0) {
      const after = nextContent(lines, i + span);
      if (after < lines.length && !isQuoted(lines[after]!)) break;
      i += span - 1;
      continue;
    }
    if (!isQuoted(lines[i]!)) kept.push(lines[i]!);
  }
  return kept.join("\n");
}
