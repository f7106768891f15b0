import { finding, type Rule } from "./rule.js";

/** subject: the note has no subject. */
export const rule: Rule = {
  id: "subject",
  severity: "warning",
  why: "A note without a subject looks careless and is easy to miss in a busy inbox.",
  check({ note }) {
    if (note.subject.trim()) return [];
    return [finding(this, "Add a short subject, e.g. \"Thank you — following up on our conversation\".", "")];
  },
};
