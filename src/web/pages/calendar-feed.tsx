/**
 * The calendar feed in the web app: its section of the settings page (make an address,
 * replace it, turn the feed off) and the page that shows a new address, the one time it can
 * be shown.
 */
import type { FC } from "hono/jsx";
import type { CalendarFeedState } from "../../store/calendar-feed.js";
import { CsrfField, Layout } from "../layout.js";
import { formatInZone } from "../time.js";

/** Where the settings page's forms post: make (or replace) the address, and turn the feed off. */
export const FEED_SETTINGS_PATH = "/settings/calendar-feed";
export const FEED_OFF_PATH = "/settings/calendar-feed/off";

const WHAT_IT_SHOWS =
  "Each interview's send window and the day to check in if the decision date passes without word, in the calendar you already use. Your calendar app subscribes to a private address and fetches it again every hour or so.";

/** What the settings page shows of the feed: whether it is on, and the owner's zone for when its address was made. */
export interface CalendarFeedView {
  state: CalendarFeedState | null;
  zone: string;
}

/** The settings page's section: what the feed is, whether it is on, and its controls. */
export const CalendarFeedSection: FC<{ view: CalendarFeedView; csrf: string }> = ({ view: { state, zone }, csrf }) => (
  <section aria-labelledby="calendar-feed-h" id="calendar-feed">
    <h2 id="calendar-feed-h">Calendar feed</h2>
    <div class="card">
      <p>{WHAT_IT_SHOWS}</p>
      {state ? (
        <>
          <p>
            <strong class="good">On</strong>, at an address made {formatInZone(new Date(state.createdAt), zone)}. The address was shown once, when it was made: only a
            fingerprint of it is kept, so it cannot be shown again. Lost it? Make a new one.
          </p>
          <div class="actions">
            <form method="post" action={FEED_SETTINGS_PATH}>
              <CsrfField token={csrf} />
              <button class="secondary" type="submit" aria-describedby="calendar-feed-new-hint">
                Make a new address
              </button>
            </form>
            <form method="post" action={FEED_OFF_PATH}>
              <CsrfField token={csrf} />
              <button class="danger" type="submit">
                Turn the feed off
              </button>
            </form>
          </div>
          <p class="hint" id="calendar-feed-new-hint">
            Either way the current address stops working at once, and calendars subscribed to it stop updating.
          </p>
        </>
      ) : (
        <form method="post" action={FEED_SETTINGS_PATH}>
          <CsrfField token={csrf} />
          <p class="hint" id="calendar-feed-make-hint">
            Anyone with the address can read the feed (companies, roles, the panel's names and the times), so keep it to yourself. You can replace it or turn it off here.
          </p>
          <button type="submit" aria-describedby="calendar-feed-make-hint">
            Make a calendar feed address
          </button>
        </form>
      )}
    </div>
  </section>
);

/** How to subscribe in the calendar apps most people use, by the names their menus give. */
const SUBSCRIBE_STEPS: ReadonlyArray<[app: string, steps: string]> = [
  ["Google Calendar", "on the web, beside “Other calendars” choose +, then “From URL”, and paste the address."],
  ["Apple Calendar", "File, then New Calendar Subscription, and paste the address."],
  ["Outlook", "Add calendar, then Subscribe from web, and paste the address."],
];

/** The page after an address was made: the address to copy (shown this once) and how to subscribe. */
export const CalendarFeedPage: FC<{ url: string; csrf: string }> = ({ url, csrf }) => {
  // webcal: opens the subscribe dialog of the calendar app the system uses; it stands for https only.
  const webcal = url.startsWith("https://") ? `webcal://${url.slice("https://".length)}` : null;
  return (
    <Layout title="Calendar feed" current="/settings" csrf={csrf}>
      <h1>Your calendar feed address</h1>
      <div class="alert good" role="status">
        <strong>Copy it now:</strong> it is shown only this once. Any address made before no longer works.
      </div>
      <div class="card">
        <div class="field">
          <label for="f-feed-url">Calendar feed address</label>
          <span class="hint" id="f-feed-url-hint">
            Private: anyone with it can read the feed. Select it and copy it into your calendar app.
          </span>
          {/* A text area, not a one-line field: on a phone the whole address shows, wrapped. */}
          <textarea id="f-feed-url" readonly rows={2} aria-describedby="f-feed-url-hint" spellcheck={false}>
            {url}
          </textarea>
        </div>
        {webcal ? (
          <p>
            <a class="button secondary" href={webcal}>
              Open in your calendar app
            </a>
          </p>
        ) : null}
        <h2>Subscribing</h2>
        <ul>
          {SUBSCRIBE_STEPS.map(([app, steps]) => (
            <li>
              <strong>{app}:</strong> {steps}
            </li>
          ))}
        </ul>
        <p class="meta">{WHAT_IT_SHOWS} Google Calendar may take up to a day to show a change.</p>
      </div>
      <p>
        <a href="/settings#calendar-feed">Back to settings</a>
      </p>
    </Layout>
  );
};
