import { formatDuration, formatForInterview, sendWindow } from "../timing.js";
import { finding, type Rule } from "./rule.js";

/** too-late: more than a day after the interview (warning); past the hard deadline (error). */
export const rule: Rule = {
  id: "too-late",
  severity: "warning",
  why: "A follow-up works best within a day, while the conversation is fresh and before decisions are made.",
  check({ interview, at, settings }) {
    if (!interview) return [];
    const window = sendWindow(interview, settings);
    const after = formatDuration(at.getTime() - window.end.getTime());
    if (at > window.closes) {
      // After an interview that went badly a note is optional: late, it is still no mistake.
      if (window.optional) {
        const message = `This note comes ${after} after the interview, past ${window.closesBecause} (${formatForInterview(window.closes, interview)}). After an interview that went badly it is optional: send it only if it is brief and gracious.`;
        return [finding(this, message, "")];
      }
      const message = `This note comes ${after} after the interview, past ${window.closesBecause} (${formatForInterview(window.closes, interview)}). Send it now, short, and lead with what you can still add.`;
      return [finding(this, message, "", "error")];
    }
    if (at > window.late) {
      // A quick decision leaves no "today" past the late mark: what is left is before they decide.
      const when = window.pace === "quick" ? "Send it now, before they decide" : "Send it today";
      const message = `This note comes ${after} after the interview. ${when}: the window closes ${formatForInterview(window.closes, interview)} (${window.closesBecause}).`;
      return [finding(this, message, "")];
    }
    return [];
  },
};
