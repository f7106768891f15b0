import { finding, type Rule } from "./rule.js";

/** unmatched: the message could not be tied to a saved interview, so only fact-free checks ran. */
export const rule: Rule = {
  id: "unmatched",
  severity: "warning",
  why: "Without the interview's facts, names, topics, requests and timing can't be checked.",
  check({ interview }) {
    if (interview) return [];
    return [
      finding(
        this,
        "This note could not be tied to a saved interview, so only the fact-free checks ran. Tag the checker address with the interview id (check+<id>@…), or add the interviewer's email to the interview.",
        "",
      ),
    ];
  },
};
