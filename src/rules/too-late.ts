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
      const message = `This note comes ${after} after the interview, past ${window.closesBecause} (${formatForInterview(window.closes, interview)}). Send it now, short, and lead with what you can still add.`;
      return [finding(this, message, "", "error")];
    }
    if (at > window.late) {
      const message = `This note comes ${after} after the interview. Send it today: the window closes ${formatForInterview(window.closes, interview)} (${window.closesBecause}).`;
      return [finding(this, message, "")];
    }
    return [];
  },
};
