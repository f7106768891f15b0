/**
 * The calendar feed: `GET /calendar/<token>.ics`, which a calendar app fetches without a
 * login (the secret token in the address is the credential), and the settings page's forms
 * that make a new address or turn the feed off (behind the session and CSRF checks).
 */
import { Hono, type Context } from "hono";
import { calendarFeed, FEED_REFRESH_SECONDS } from "../../calendar/feed.js";
import { parseCheckerAddress } from "../../checker-address.js";
import { calendarFeedTokenValid, newCalendarFeed, turnOffCalendarFeed } from "../../store/calendar-feed.js";
import { KvStore } from "../../store/kv-store.js";
import type { AppEnv } from "../env.js";
import { LOGIN_WINDOW_S, loginAllowed } from "../login-limit.js";
import { CalendarFeedPage, FEED_OFF_PATH, FEED_SETTINGS_PATH } from "../pages/calendar-feed.js";
import { page } from "../render.js";

/** What a calendar app fetches: the token and the extension calendar apps look for. */
const FEED_FILE = /^(.+)\.ics$/;

/**
 * The same words for a token that never was and one replaced or turned off, so the answer
 * tells a guesser nothing; the owner reading it learns what to do.
 */
const NO_FEED = "No calendar feed at this address: it may have been replaced or turned off. Make a new address on the app's Settings page.";

/** The public part: mounted before the login checks. */
export const calendarFeedRoutes = new Hono<AppEnv>();

calendarFeedRoutes.get("/calendar/:file", async (c) => {
  const token = FEED_FILE.exec(c.req.param("file"))?.[1];
  const noStore = { "Cache-Control": "no-store" };
  if (!token) return c.text(NO_FEED, 404, noStore);
  // Counted before the token is looked up, so a flood of guesses costs a client no more than a few KV reads a minute.
  if (!(await loginAllowed(c.env.LOGIN_LIMIT, c.req.header("cf-connecting-ip"), "calendar-feed"))) {
    return c.text("Too many requests for the calendar feed: try again in a minute.", 429, { ...noStore, "Retry-After": String(LOGIN_WINDOW_S) });
  }
  if (!(await calendarFeedTokenValid(c.env.FOLLOWUP_KV, token))) return c.text(NO_FEED, 404, noStore);
  const store = new KvStore(c.env.FOLLOWUP_KV);
  const [interviews, settings] = await Promise.all([store.listInterviews(), store.getSettings()]);
  const ics = calendarFeed({
    interviews,
    settings,
    now: new Date(),
    appUrl: c.env.APP_URL || new URL(c.req.url).origin,
    checker: parseCheckerAddress(c.env.CHECKER_ADDRESS ?? ""),
  });
  return c.body(ics, 200, {
    "Content-Type": "text/calendar; charset=utf-8",
    // Private data: no shared cache may keep it; the calendar app may reuse it until it would fetch again anyway.
    "Cache-Control": `private, max-age=${FEED_REFRESH_SECONDS}`,
    "X-Robots-Tag": "noindex",
  });
});

/** The settings page's forms: mounted behind the session and CSRF checks. */
export const calendarFeedSettingsRoutes = new Hono<AppEnv>();

/** The feed's full address, on the host the owner reached the app at (the one a calendar app can reach too). */
const feedUrl = (c: Context<AppEnv>, token: string) => `${new URL(c.req.url).origin}/calendar/${token}.ics`;

/** Makes a new address (replacing any earlier one) and shows it: never redirected to, since it cannot be shown again. */
calendarFeedSettingsRoutes.post(FEED_SETTINGS_PATH, async (c) => {
  const token = await newCalendarFeed(c.env.FOLLOWUP_KV, new Date());
  return page(c, <CalendarFeedPage url={feedUrl(c, token)} csrf={c.var.csrfToken} />);
});

calendarFeedSettingsRoutes.post(FEED_OFF_PATH, async (c) => {
  await turnOffCalendarFeed(c.env.FOLLOWUP_KV);
  return c.redirect("/settings?notice=calendar-feed-off", 303);
});
