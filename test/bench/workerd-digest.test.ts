import { afterEach, describe, expect, it } from "vitest";
import { installWorkerdDigest } from "../../scripts/bench/workerd-digest.js";
import { settlesInPlace } from "../helpers/settles-in-place.js";

const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString("hex");
const data = new TextEncoder().encode("<CAF=draft-1@mail.example>");

describe("installWorkerdDigest", () => {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });

  it("hashes in place: the digest has settled before the check's next task", async () => {
    expect(await settlesInPlace(crypto.subtle.digest("SHA-256", data))).toBe(false);
    uninstall = installWorkerdDigest();
    expect(await settlesInPlace(crypto.subtle.digest("SHA-256", data))).toBe(true);
  });

  it.each(["SHA-1", "SHA-256", "sha-384", { name: "SHA-512" }])("gives Node's own bytes for %j, from a buffer or a view", async (algorithm) => {
    const expected = hex(await crypto.subtle.digest(algorithm, data));
    uninstall = installWorkerdDigest();
    const padded = new Uint8Array(data.length + 8);
    padded.set(data, 4);
    expect(hex(await crypto.subtle.digest(algorithm, data))).toBe(expected);
    expect(hex(await crypto.subtle.digest(algorithm, data.slice().buffer))).toBe(expected);
    expect(hex(await crypto.subtle.digest(algorithm, padded.subarray(4, 4 + data.length)))).toBe(expected);
  });

  it("leaves an algorithm it does not know to Node, which rejects it", async () => {
    uninstall = installWorkerdDigest();
    await expect(crypto.subtle.digest("MD5", data)).rejects.toThrow();
  });
});
