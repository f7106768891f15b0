import { formatDuration, formatForInterview, sendWindow } from "../timing.js";
import { finding, type Rule } from "./rule.js";

/** too-early: checked or sent before the interview ended, or too soon after its end. */
export const rule: Rule = {
  id: "too-early",
  severity: "error",
  why: "A note written before or right after the interview reads as pre-written and can't build on the conversation.",
  check({ interview, at, settings, kind }) {
    if (!interview) return [];
    const window = sendWindow(interview, settings);
    if (at >= window.opens) return [];
    const verb = kind === "sent" ? "went out" : "would go out";
    const message =
      at < window.end
        ? `This note ${verb} before the interview ended (${formatForInterview(window.end, interview)}). Write and send it after the conversation so it can build on what you discussed.`
        : `This note ${verb} only ${formatDuration(at.getTime() - window.end.getTime())} after the interview ended. Wait until ${formatForInterview(window.opens, interview)} or later.`;
    return [finding(this, message, "")];
  },
};
