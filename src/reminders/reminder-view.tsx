/**
 * A reminder as HTML (hono/jsx escapes every interpolated string, so names and topics the
 * user typed can never become markup). Styled like the report.
 */
import type { FC } from "hono/jsx";
import type { ReminderModel } from "./model.js";
import { emailDocument } from "../report/email-document.js";
import { NO_APP_URL_NOTE } from "../report/model.js";

const H3 = "font-size:15px;margin:12px 0 4px 0";

const ReminderView: FC<{ model: ReminderModel }> = ({ model }) => (
  <div style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.45;color:#101828;max-width:640px">
    <p style="font-size:17px;font-weight:600;margin:0 0 12px 0">{model.subject}</p>
    <p>{model.intro}</p>
    <h3 style={H3}>{model.headings.people}</h3>
    <ul style="padding-left:18px;margin:0">
      {model.people.map((person) => (
        <li style="margin:0 0 10px 0">
          <strong>{person.heading}</strong>
          {person.lines.map((line) => (
            <div>{line}</div>
          ))}
        </li>
      ))}
    </ul>
    {model.shared.length ? (
      <section>
        <h3 style={H3}>{model.headings.shared}</h3>
        {model.shared.map((line) => (
          <div>{line}</div>
        ))}
      </section>
    ) : null}
    <h3 style={H3}>{model.headings.window}</h3>
    {model.window.map((line) => (
      <div>{line}</div>
    ))}
    <p>{model.howToLog}</p>
    {model.interviewUrl ? (
      <p>
        <a href={model.interviewUrl}>Open the interview</a>
      </p>
    ) : (
      <p>{NO_APP_URL_NOTE}</p>
    )}
    <p style="color:#667085;font-size:12px">{model.footer}</p>
  </div>
);

/** The reminder as a complete HTML document for an email's text/html part. */
export function renderReminderHtml(model: ReminderModel): string {
  return emailDocument(model.subject, <ReminderView model={model} />);
}
