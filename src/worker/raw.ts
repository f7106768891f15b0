/**
 * Reading the raw message stream: whole (within the size limit) or just its header block.
 */

/**
 * Largest message whose body is parsed and checked; above it only the header block is read
 * (enough to log a sent copy and to answer). Attachment bodies are not decoded (slimMessage), so
 * the cost that grows with size is reading and scanning the bytes: ~0.75 ms per MiB (stream read
 * 0.3, slim 0.4, parse of the slimmed rest ~0.05). Measured 2026-11-23 on the bench machine (AMD
 * EPYC, Node 24, bundled pipeline, good note + one PDF, median of 50): full check 6.2 ms with no
 * attachment, 8.4 ms at 4.5 MiB, 8.7 ms at 5 MiB — so at this limit ~3.4 ms of the free plan's
 * 10 ms CPU goes to size, the rest to the note's own checks. 4.5 MiB holds a 3 MiB PDF (4.1 MiB
 * as base64) with room to spare.
 */
export const MAX_MESSAGE_BYTES = 4.5 * 1024 * 1024;

/** Headers larger than this are cut: no real mail client writes anything near it. */
export const MAX_HEADER_BYTES = 256 * 1024;

/** The whole message as bytes. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function headerEnd(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i + 1] === 10) return i + 2;
    if (bytes[i] === 10 && bytes[i + 1] === 13 && bytes[i + 2] === 10) return i + 3;
  }
  return -1;
}

/**
 * The header block of a message followed by an empty body, reading no more of the stream
 * than needed (the rest is cancelled, never buffered).
 */
export async function readHeaderBlock(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  let buffer = new Uint8Array(0);
  try {
    while (buffer.length < MAX_HEADER_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const next = new Uint8Array(buffer.length + value.length);
      next.set(buffer);
      next.set(value, buffer.length);
      buffer = next;
      const end = headerEnd(buffer);
      if (end >= 0) return buffer.slice(0, end);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const cut = buffer.slice(0, MAX_HEADER_BYTES);
  const withBreak = new Uint8Array(cut.length + 2);
  withBreak.set(cut);
  withBreak.set([13, 10], cut.length);
  return withBreak;
}
