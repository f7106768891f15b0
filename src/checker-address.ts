/**
 * The checker address (check@domain) and its `+tag` forms (check+northwind-sre@domain).
 */

export interface CheckerAddress {
  local: string;
  domain: string;
}

/** Parses "check@example.com" (case-insensitive); null when it is not an address. */
export function parseCheckerAddress(address: string): CheckerAddress | null {
  const match = /^([^@\s+]+)(?:\+[^@\s]*)?@([^@\s]+\.[^@\s]+)$/.exec(address.trim().toLowerCase());
  return match ? { local: match[1]!, domain: match[2]! } : null;
}

/** True when `address` is the checker address, with or without a +tag. */
export function isCheckerAddress(address: string, checker: CheckerAddress): boolean {
  const at = address.lastIndexOf("@");
  if (at < 0) return false;
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  return domain === checker.domain && (local === checker.local || local.startsWith(`${checker.local}+`));
}

/** The +tag of a checker address ("northwind-sre"), or null. */
export function checkerTag(address: string, checker: CheckerAddress): string | null {
  if (!isCheckerAddress(address, checker)) return null;
  const local = address.slice(0, address.lastIndexOf("@")).toLowerCase();
  const tag = local.slice(checker.local.length + 1);
  return tag || null;
}

/** The checker address with a tag, for telling the user how to tag a message. */
export function taggedAddress(checker: CheckerAddress, tag: string): string {
  return `${checker.local}+${tag}@${checker.domain}`;
}
