/**
 * Request body limits, checked before a body is read, with messages that say what to do.
 * Field lengths are limited by the schemas (facts, settings) and draft.ts.
 *
 * A route with a limit of its own (an import) registers it before the catch-all one, and the
 * first limit to run for a request decides it: the later, broader ones let it through. Hono runs
 * every matching middleware, so without this the smallest limit on the path always won, and an
 * import stopped at 128 KB.
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/** A form holds at most a 20,000-character draft (up to 4 bytes each in UTF-8) and some fields. */
export const MAX_FORM_BYTES = 128 * 1024;
/** An import or export of hundreds of interviews with their send logs. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** One interview or the settings as JSON. */
export const MAX_API_BYTES = 128 * 1024;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Requests whose limit is decided. Keyed by context: the body limit replaces the Request it read. */
const decided = new WeakSet<Context>();

/** `limit`, unless an earlier limit already decided this request. */
const firstLimit =
  (limit: MiddlewareHandler): MiddlewareHandler =>
  async (c, next) => {
    if (decided.has(c)) return next();
    decided.add(c);
    return limit(c, next);
  };

/** For forms: a plain-text 413. */
export const formBodyLimit = (maxSize: number): MiddlewareHandler =>
  firstLimit(bodyLimit({ maxSize, onError: (c) => c.text(`That is too much to send at once: the limit is ${kb(maxSize)}. Shorten the text and try again.`, 413) }));

/** For the API: a JSON 413 in the API's error shape. */
export const apiBodyLimit = (maxSize: number): MiddlewareHandler =>
  firstLimit(bodyLimit({ maxSize, onError: (c) => c.json({ errors: [`(body): larger than the ${kb(maxSize)} limit`] }, 413) }));
