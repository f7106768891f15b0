/**
 * Blob as workerd makes it: its constructor copies the parts into one buffer (concat() in
 * workerd's api/blob.c++) and arrayBuffer() returns an already-resolved promise of a copy.
 * Node's Blob keeps one source per part and reads them back through a stream, over several
 * event-loop turns. postal-mime gathers each decoded part as a Blob of two parts per line (the
 * line and "\n"), so in Node a note's text costs ~10 µs a Blob and ~3 µs a line more than a
 * Worker pays: 19 ms for a 3,000-line note against 3 ms joined (Node 24, this machine). The
 * bench installs this before checking anything, as it does workerd-digest.ts.
 */
import { Blob as NodeBlob, type BlobOptions } from "node:buffer";

/** What a Blob is made of. */
type Part = ConstructorParameters<typeof NodeBlob>[0][number];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bytes of one part, read synchronously; null for a Blob of Node's own, which can only be read asynchronously. */
function bytesOfPart(part: Part): Uint8Array | null {
  if (typeof part === "string") return encoder.encode(part); // as the constructor does: lone surrogates become U+FFFD
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return part instanceof NodeBlob ? (joinedBytes.get(part) ?? null) : null;
}

/** The bytes of every Blob made by the class below. */
const joinedBytes = new WeakMap<NodeBlob, Uint8Array<ArrayBuffer>>();

/** The parts' bytes in one buffer, or null when a part cannot be read synchronously. */
function join(parts: readonly Part[]): Uint8Array<ArrayBuffer> | null {
  const pieces: Uint8Array[] = [];
  let size = 0;
  for (const part of parts) {
    const bytes = bytesOfPart(part);
    if (!bytes) return null;
    pieces.push(bytes);
    size += bytes.byteLength;
  }
  const joined = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.byteLength;
  }
  return joined;
}

/**
 * Makes this process's Blob join its parts when it is made, as workerd's does; a Blob with a
 * part of Node's own, or with `endings: "native"`, is left to Node. Returns what puts Node's back.
 */
export function installWorkerdBlob(): () => void {
  const installed: unknown = Reflect.get(globalThis, "Blob");
  class JoinedBlob extends NodeBlob {
    constructor(parts: readonly Part[] = [], options?: BlobOptions) {
      const bytes = options?.endings === "native" ? null : join(parts);
      super(bytes ? [bytes] : [...parts], options);
      if (bytes) joinedBytes.set(this, bytes);
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      const bytes = joinedBytes.get(this);
      return bytes ? Promise.resolve(bytes.slice().buffer) : super.arrayBuffer();
    }

    override bytes(): ReturnType<NodeBlob["bytes"]> {
      const bytes = joinedBytes.get(this);
      return bytes ? Promise.resolve(bytes.slice()) : super.bytes();
    }

    override text(): Promise<string> {
      const bytes = joinedBytes.get(this);
      return bytes ? Promise.resolve(decoder.decode(bytes)) : super.text();
    }
  }
  Object.defineProperty(globalThis, "Blob", { value: JoinedBlob, configurable: true, writable: true });
  return () => void Object.defineProperty(globalThis, "Blob", { value: installed, configurable: true, writable: true });
}
