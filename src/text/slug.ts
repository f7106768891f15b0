import { fold } from "./fold.js";

/** Interview ids are at most 64 characters (INTERVIEW_ID_PATTERN). */
const MAX_ID_LENGTH = 64;

/** "José Álvarez" → "jose-alvarez": lower-case ASCII words joined by dashes, at most `max` long ("" when none). */
export function slugify(text: string, max = MAX_ID_LENGTH): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
