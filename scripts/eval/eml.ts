/**
 * Turns a development-set note into the email a user would send the checker, in the formats
 * mail clients really produce: a draft with the checker in Cc (plain text, or text and HTML),
 * or a forward from Gmail, Outlook (HTML) or Apple Mail (quoted). The format is chosen by the
 * note's position, so every format meets every kind of note across the set.
 */
export type MailForm = "cc" | "forward";

interface Person {
  name: string;
  address: string;
}

const WRITER = "candidate@mail.example";

/** An RFC 2047 encoded-word when the text is not plain ASCII. */
function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

const mailbox = (p: Person) => `${headerText(p.name)} <${p.address}>`;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Paragraphs as <p>, lines within them as <br>: what a rich-text editor sends. */
const htmlParagraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("\n");

const BOUNDARY = "dev-set-boundary-91c";

function alternative(text: string): string[] {
  return [
    `Content-Type: multipart/alternative; boundary="${BOUNDARY}"`,
    "",
    `--${BOUNDARY}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    text,
    `--${BOUNDARY}`,
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    `<html><body>${htmlParagraphs(text)}</body></html>`,
    `--${BOUNDARY}--`,
    "",
  ];
}

const plain = (text: string) => ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text];

/** The raw message (CRLF line ends) for `note`, addressed to `recipient`, sent at `at`. */
export function toEml(note: { id: string; form: MailForm; subject?: string; body: string }, recipient: Person, checker: string, at: Date, index: number): string {
  const date = at.toUTCString().replace("GMT", "+0000");
  const subject = note.subject ?? "";
  const head = (to: string, cc: string | null, subj: string) => [
    `From: ${WRITER}`,
    `To: ${to}`,
    ...(cc ? [`Cc: ${cc}`] : []),
    ...(subj ? [`Subject: ${headerText(subj)}`] : []),
    `Date: ${date}`,
    `Message-ID: <${note.id}@mail.example>`,
    "MIME-Version: 1.0",
  ];
  let lines: string[];
  if (note.form === "cc") {
    lines = [...head(mailbox(recipient), checker, subject), ...(index % 3 === 2 ? alternative(note.body) : plain(note.body))];
  } else {
    const fwdSubject = subject ? `Fwd: ${subject}` : "Fwd:";
    const to = `${recipient.name} <${recipient.address}>`;
    switch (index % 3) {
      case 0: // Gmail
        lines = [...head(checker, null, fwdSubject), ...plain(["---------- Forwarded message ---------", `From: <${WRITER}>`, `Date: ${date}`, `Subject: ${subject}`, `To: ${to}`, "", note.body].join("\n"))];
        break;
      case 1: // Outlook: the forward header block as HTML above the note
        lines = [
          ...head(checker, null, subject ? `FW: ${subject}` : "FW:"),
          "Content-Type: text/html; charset=utf-8",
          "Content-Transfer-Encoding: 8bit",
          "",
          `<html><body><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> ${escapeHtml(WRITER)}<br><b>Sent:</b> ${escapeHtml(date)}<br><b>To:</b> ${escapeHtml(to)}<br><b>Subject:</b> ${escapeHtml(subject)}</p></div>${htmlParagraphs(note.body)}</body></html>`,
        ];
        break;
      default: // Apple Mail: the forwarded message quoted
        lines = [
          ...head(checker, null, fwdSubject),
          ...plain(["Begin forwarded message:", "", `> From: ${WRITER}`, `> Subject: ${subject}`, `> Date: ${date}`, `> To: ${to}`, ">", ...note.body.split("\n").map((l) => (l ? `> ${l}` : ">"))].join("\n")),
        ];
    }
  }
  return lines.join("\r\n").replace(/(?<!\r)\n/g, "\r\n");
}
