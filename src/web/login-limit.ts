/**
 * The login limit: an address may try the password a few times a minute (LOGIN_LIMIT in
 * wrangler.toml: 5 every 60 s). The Workers rate-limiting binding does the counting because
 * it counts atomically in each Cloudflare location, so a burst of parallel guesses is cut off
 * as surely as a slow series; a KV counter cannot promise that (KV has no atomic increment,
 * and every request of a burst would read the same count). The binding cannot read a count
 * without adding to it, so every attempt counts, right or wrong: it has to be consulted
 * before the password is compared, or a right guess would still show through the refusals.
 */

/**
 * The binding's window in seconds (wrangler.toml's `period`; it may only be 10 or 60), and so
 * the longest a refused client has to wait: what Retry-After says.
 */
export const LOGIN_WINDOW_S = 60;

/**
 * Leading 16-bit groups of an IPv6 address that are counted as one client: a /64 is one
 * network's share (whoever has one address of it can use them all), so counting single
 * addresses would let one machine make up a fresh address for every guess.
 */
const IPV6_CLIENT_GROUPS = 4;
const IPV6_GROUPS = 8;

/** The 8 groups of an IPv6 address as numbers, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (part: string | undefined) => (part ? part.split(":") : []);
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  const missing = IPV6_GROUPS - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  return groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? groups.map((g) => parseInt(g, 16)) : null;
}

/**
 * What one client's attempts are counted under: an IPv4 address as it is (an IPv4-mapped
 * IPv6 address as its IPv4 address), an IPv6 address by its /64, anything else as it came.
 */
export function loginLimitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped) return mapped;
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, IPV6_CLIENT_GROUPS).map((g) => g.toString(16)).join(":")}::/64` : address;
}

/**
 * Whether this client may try a password now; the attempt is counted. A request without a
 * client address is not counted: Cloudflare sets CF-Connecting-IP on every request it
 * delivers (replacing any the client sent), and so does wrangler dev, so only an in-process
 * call (the test suite's) has none. With a `scope`, requests are counted under keys of their
 * own: the calendar feed's fetches share the binding but never use up a client's login attempts.
 */
export async function loginAllowed(limiter: RateLimit, address: string | undefined, scope?: string): Promise<boolean> {
  if (!address) return true;
  const key = loginLimitKey(address);
  return (await limiter.limit({ key: scope ? `${scope}:${key}` : key })).success;
}
