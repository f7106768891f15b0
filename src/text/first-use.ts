/**
 * A value made when it is first asked for, then kept. For the regular expressions few notes
 * reach: V8 parses a pattern when its literal or `new RegExp` is evaluated, and a pattern with
 * Unicode property classes (\p{L}, \p{Lu}) takes a few tenths of a millisecond to parse. At a
 * module's top level that is paid in every Worker's start-up, even when no start-up check
 * and few notes ever run the pattern (docs/performance.md).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
