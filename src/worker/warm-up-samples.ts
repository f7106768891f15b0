/**
 * The built-in messages the Worker checks when its isolate starts (see warm-up.ts): one of each
 * shape real mail arrives in, so that the first email of each shape after start-up finds its
 * code (MIME decoders, html-to-text, the forward patterns, the sent-copy log) already compiled.
 * All about the sample interview (sample-interview.ts); no real address is involved.
 */

export const CHECKER = "check+northwind-sre@warm-up.invalid";
export const OWNER = "alex@candidate.example";
const PRIYA = "Priya Raman <priya.raman@northwind.example>";
/** As a client writes a display name it quotes. */
const TOMASZ_QUOTED = '"Tomasz Kowalski-Nowak" <tomasz.kowalski@northwind.example>';

/** An RFC 2047 encoded word (UTF-8, base64), as clients write a header that is not all ASCII. */
const encodedWord = (text: string) => `=?utf-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}?=`;

/** A header block; `to` and `extra` say whether it is a draft to the checker or a sent copy. */
const headers = (subject: string, to: string, extra: string[], contentType: string[]) => [
  `From: Alex Chen <${OWNER}>`,
  `To: ${to}`,
  ...extra,
  `Subject: ${/^[\x20-\x7e]*$/.test(subject) ? subject : encodedWord(subject)}`,
  "Date: Tue, 17 Nov 2026 19:30:00 -0500",
  `Message-ID: <${subject.toLowerCase().replace(/[^a-z]+/g, "-")}@warm-up.invalid>`,
  "MIME-Version: 1.0",
  ...contentType,
  "",
];
const PLAIN = ["Content-Type: text/plain; charset=utf-8"];

/** Base64 in 76-character lines, as mail clients write it (the text is ASCII). */
const base64Lines = (text: string) => btoa(text).match(/.{1,76}/g)!.join("\r\n");

/** A Gmail-style inline forward of a plain-text draft (read by common-forward.ts). */
const GMAIL_FORWARD = [
  ...headers("Fwd: Thank you for today", CHECKER, [], PLAIN),
  "---------- Forwarded message ---------",
  `From: Alex Chen <${OWNER}>`,
  "Date: Tue, Nov 17, 2026 at 6:40 PM",
  "Subject: Thank you for today",
  `To: ${PRIYA}`,
  "",
  "Hi Priya,",
  "",
  "Thank you for walking me through the on-call rotation redesign this afternoon. Pairing a primary",
  "with a shadow for the first month is something I have seen work, and I would like to help with it.",
  "",
  "As promised, I attached the postmortem template we used: the contributing factors section is",
  "the part I would adapt first for Northwind Logistics.",
  "",
  "Best regards,",
  "Alex Chen",
];

/**
 * A draft sent straight to the checker with the interviewer on Cc (written as a quoted display
 * name), as a reply: a "Re:" subject and the interviewer's message quoted under an "On … wrote:"
 * line, as a reply to the scheduling thread leaves them. Signed on one line: the name after a
 * sign-off is read by the one pattern with Unicode letter classes in sign-off-line.ts, which
 * costs a fraction of a millisecond to compile on first use.
 */
const CC_DRAFT = [
  ...headers("Re: Following up on the dispatch migration", CHECKER, [`Cc: ${TOMASZ_QUOTED}`], PLAIN),
  "Dear Tomasz,",
  "",
  "Thanks again for the deep dive into moving the dispatch service to Kubernetes on Tuesday. Your question",
  "about capacity planning for peak season stayed with me; I wrote up how we load-tested before every spike.",
  "",
  "I'm excited about the role and hope to keep the conversation going.",
  "",
  "Warm regards, Alex",
  "",
  "On Tue, Nov 17, 2026 at 10:12 AM Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example> wrote:",
  "> Hi Alex, we are looking forward to meeting you this afternoon.",
  "> Tomasz",
];

/** Outlook's forward: HTML only, quoted-printable, a bold "From:/Sent:" block (read under its forward subject by common-forward.ts). */
const OUTLOOK_FORWARD = [
  ...headers("FW: Thanks for the conversation", CHECKER, [], ['Content-Type: text/html; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable"]),
  '<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"></head>',
  '<body lang=3D"EN-US"><div class=3D"WordSection1"><p class=3D"MsoNormal">Draft below.<o:p></o:p></p>',
  '<div style=3D"border:none;border-top:solid #E1E1E1 1.0pt"><p class=3D"MsoNormal"><b>From:</b> Alex Ch=',
  `en &lt;${OWNER}&gt;<br><b>Sent:</b> Tuesday, November 17, 2026 6:35 PM<br><b>To:</b> Priya Raman &lt;pri=`,
  "ya.raman@northwind.example&gt;<br><b>Subject:</b> Thanks for the conversation<o:p></o:p></p></div>",
  '<p class=3D"MsoNormal">Dear Priya,<o:p></o:p></p><p class=3D"MsoNormal">Thank you for the conversation =',
  "about the on-call rotation redesign and the <a href=3D\"https://northwind.example/sre\">SRE team&#8217;s</a> =",
  "plans for peak season.&nbsp;I&#39;d be glad to share the postmortem template we used.<o:p></o:p></p>",
  '<p class=3D"MsoNormal">Kind regards,<br>Alex<o:p></o:p></p></div></body></html>',
];

/** iPhone Mail's forward: every line quoted, quoted-printable (read by email-forward-parser). */
const QUOTED_FORWARD = [
  ...headers("Fwd: Thank you for the interview", CHECKER, [], ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]),
  "",
  "> Begin forwarded message:",
  ">",
  `> From: Alex Chen <${OWNER}>`,
  "> Subject: Thank you for the interview",
  "> Date: 17 November 2026 at 18:58:10 GMT-5",
  "> To: Tomasz Kowalski-Nowak <tomasz.kowalski@northwind.example>",
  ">",
  "> Dear Tomasz,",
  ">",
  "> Thank you for this afternoon=E2=80=99s conversation about the dispatch servi=",
  "ce and Kubernetes. I=E2=80=99ve since written up how we planned capacity for=",
  " peak season, and I=E2=80=99d be glad to walk you through it.",
  ">",
  "> Best wishes,",
  "> Alex",
  ">",
];

/**
 * Apple Mail's sent copy (Bcc to the checker): text and HTML in base64, and an attachment. The
 * subject has a dash outside ASCII, so its header is an encoded word.
 */
const SENT_WITH_ATTACHMENT = [
  ...headers("Postmortem template — as promised", PRIYA, [`Bcc: ${CHECKER}`], ['Content-Type: multipart/mixed; boundary="Apple-Mail-1"']),
  "--Apple-Mail-1",
  'Content-Type: multipart/alternative; boundary="Apple-Mail-2"',
  "",
  "--Apple-Mail-2",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: base64",
  "",
  base64Lines("Hi Priya,\n\nAttached is the postmortem template we talked about; the contributing factors section is the part I would adapt first.\n\nBest,\nAlex\n"),
  "--Apple-Mail-2",
  "Content-Type: text/html; charset=utf-8",
  "Content-Transfer-Encoding: base64",
  "",
  base64Lines("<html><body><div>Hi Priya,</div><div><br></div><div>Attached is the postmortem template we talked about; the contributing factors section is the part I would adapt first.</div><div><br></div><div>Best,<br>Alex</div></body></html>"),
  "--Apple-Mail-2--",
  "",
  "--Apple-Mail-1",
  'Content-Type: application/pdf; name="postmortem-template.pdf"',
  'Content-Disposition: attachment; filename="postmortem-template.pdf"',
  "Content-Transfer-Encoding: base64",
  "",
  base64Lines("%PDF-1.4\n% postmortem template\n"),
  "--Apple-Mail-1--",
];

/** A calendar invitation the user forwards (Google Calendar's layout): imported as an interview, with ical.js. */
const INVITE = [
  ...headers("Fwd: Invitation: Interview: Senior SRE - Northwind Logistics", CHECKER, [], ['Content-Type: multipart/mixed; boundary="invite-1"']),
  "--invite-1",
  'Content-Type: text/plain; charset="UTF-8"',
  "",
  "Alex Chen has been invited to the following event.",
  "",
  "--invite-1",
  'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
  "",
  "BEGIN:VCALENDAR",
  "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
  "VERSION:2.0",
  "METHOD:REQUEST",
  "BEGIN:VTIMEZONE",
  "TZID:America/New_York",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "DTSTART:19700308T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "DTSTART:19701101T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "DTSTART;TZID=America/New_York:20261117T130000",
  "DTEND;TZID=America/New_York:20261117T160000",
  "DTSTAMP:20261110T154210Z",
  "ORGANIZER;CN=Maria Lopez:mailto:maria.lopez@northwind.example",
  "UID:warm-up-invite@warm-up.invalid",
  `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Alex Chen:mailto:${OWNER}`,
  "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@northwind.example",
  "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Tomasz Kowalski-Nowak:mail",
  " to:tomasz.kowalski@northwind.example",
  "DESCRIPTION:Agenda: systems design (Priya)\\, incident review (Tomasz).",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Interview: Senior Site Reliability Engineer – Northwind Logistics",
  "END:VEVENT",
  "END:VCALENDAR",
  "--invite-1--",
];

/** A built-in message and the kind the pipeline must find it to be. */
export interface WarmUpSample {
  raw: string;
  kind: "draft" | "sent" | "invite";
}

const sample = (lines: string[], kind: WarmUpSample["kind"]): WarmUpSample => ({ raw: [...lines, ""].join("\r\n"), kind });

/** Every shape, in the order they are checked. */
export const SAMPLES: readonly WarmUpSample[] = [
  sample(GMAIL_FORWARD, "draft"),
  sample(CC_DRAFT, "draft"),
  sample(OUTLOOK_FORWARD, "draft"),
  sample(QUOTED_FORWARD, "draft"),
  sample(SENT_WITH_ATTACHMENT, "sent"),
  sample(INVITE, "invite"),
];
