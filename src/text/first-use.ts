/**
 * A value made when it is first asked for, then kept: what a module's top level would otherwise
 * make in every Worker's start-up, though few messages need it. A library's parser or converter
 * (forward.ts, html-to-text.ts), the zone table in lower case (zone-rules.ts), and regular
 * expressions few notes reach: V8 parses a pattern when its literal or `new RegExp` is
 * evaluated, and one with Unicode property classes (\p{L}, \p{Lu}) takes a few tenths of a
 * millisecond to parse (docs/performance.md).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
