/**
 * Stands in for node:module in the Worker bundle. email-forward-parser calls
 * createRequire(import.meta.url) only to probe for the optional native `re2` engine, and
 * import.meta.url is undefined in a bundled Worker, so the real one throws at load time.
 * This require finds nothing, which makes the library fall back to built-in RegExp.
 */
export function createRequire(): (id: string) => never {
  return (id: string) => {
    throw new Error(`require(${JSON.stringify(id)}) is not available in a Worker`);
  };
}

export default { createRequire };
