/**
 * crypto.subtle.digest as workerd runs it: on the calling thread, its promise settled before it
 * is returned (workerd's SubtleCrypto does all its crypto synchronously, inside the request's CPU
 * time). Node hashes on its thread pool instead, so a check awaiting a digest (every logged send
 * copy's key) waits for an event-loop turn, and V8's pending foreground tasks (compiled code
 * being installed, garbage-collection steps) run in that wait: wall time a Worker never spends
 * waiting, which the warm timings counted into sent copies (0.9 ms each on average, against
 * 0.03 ms hashed in place). The bench installs this before checking anything.
 */
import { createHash } from "node:crypto";

/** WebCrypto's digest names (compared case-insensitively) as node:crypto spells them. */
const NODE_HASHES: Readonly<Record<string, string>> = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" };

const bytesOf = (data: ArrayBuffer | ArrayBufferView): Uint8Array =>
  ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/**
 * Makes this process's crypto.subtle.digest hash in place; an algorithm it does not know still
 * goes to Node's own. Returns what puts Node's back.
 */
export function installWorkerdDigest(): () => void {
  const subtle = crypto.subtle;
  const threaded = subtle.digest.bind(subtle);
  const digest = (algorithm: string | SubtleCryptoHashAlgorithm, data: ArrayBuffer | ArrayBufferView): Promise<ArrayBuffer> => {
    const name = typeof algorithm === "string" ? algorithm : algorithm.name;
    const hash = NODE_HASHES[name.toUpperCase()];
    if (!hash) return threaded(algorithm, data);
    const out = createHash(hash).update(bytesOf(data)).digest();
    return Promise.resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer);
  };
  Object.defineProperty(subtle, "digest", { value: digest, configurable: true, writable: true });
  return () => void Reflect.deleteProperty(subtle, "digest");
}
