import { GIFT } from "../text/gifts.js";
import { sentenceRule } from "./sentence-rule.js";

/** gift: the note sends, encloses or offers a gift. */
export const rule = sentenceRule({
  id: "gift",
  severity: "error",
  why: "A gift after an interview can look like an attempt to influence the decision and may breach the employer's gift policy.",
  phrases: GIFT,
  message: "Remove the gift: your thanks and a specific follow-up are all a note should carry.",
});
