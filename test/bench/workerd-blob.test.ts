import { afterEach, describe, expect, it } from "vitest";
import { Blob as NodeBlob } from "node:buffer";
import { installWorkerdBlob } from "../../scripts/bench/workerd-blob.js";
import { settlesInPlace } from "../helpers/settles-in-place.js";

/** The global Blob, whichever is installed. */
const blobOf = (...args: ConstructorParameters<typeof NodeBlob>): NodeBlob => new (Reflect.get(globalThis, "Blob") as typeof NodeBlob)(...args);

/** Parts of every kind a Blob takes: text (a lone surrogate too), a view into a larger buffer, a buffer. */
function parts(): ConstructorParameters<typeof NodeBlob>[0] {
  const padded = new TextEncoder().encode("..Grüße\r\n..");
  return ["Hi Priya,\n", "caf\u00e9 \ud800 \u{1f600}\n", padded.subarray(2, padded.length - 2), new Uint8Array([101, 110, 100]).buffer];
}

describe("installWorkerdBlob", () => {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });

  it("gives Node's own bytes, text, size and type for every kind of part", async () => {
    const expected = new NodeBlob(parts(), { type: "application/octet-stream" });
    uninstall = installWorkerdBlob();
    const blob = blobOf(parts(), { type: "application/octet-stream" });
    expect(blob).toBeInstanceOf(NodeBlob);
    expect(blob.size).toBe(expected.size);
    expect(blob.type).toBe(expected.type);
    expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(await expected.arrayBuffer()))).toBe(true);
    expect(Buffer.from(await blob.bytes()).equals(Buffer.from(await expected.bytes()))).toBe(true);
    expect(await blob.text()).toBe(await expected.text());
  });

  it("joins the parts when the Blob is made: reading it settles in place and later changes to a part do not show", async () => {
    // As postal-mime makes a part's Blob: each line, then "\n".
    const lines = Array.from({ length: 40 }, (_, i) => [`line ${i}`, "\n"]).flat();
    expect(await settlesInPlace(new NodeBlob(lines).arrayBuffer())).toBe(false);
    uninstall = installWorkerdBlob();
    expect(await settlesInPlace(blobOf(lines).arrayBuffer())).toBe(true);
    const source = new Uint8Array([104, 105]);
    const blob = blobOf([source, "\n"]);
    source[0] = 120;
    expect(await blob.text()).toBe("hi\n");
    // Each read is a copy: changing one leaves the Blob as it was.
    new Uint8Array(await blob.arrayBuffer())[0] = 0;
    expect(await blob.text()).toBe("hi\n");
  });

  it("reads a joined Blob as a part, and leaves a Blob of Node's own to Node", async () => {
    const node = new NodeBlob(["from node"]);
    uninstall = installWorkerdBlob();
    expect(await blobOf([blobOf(["a", "b"]), "c"]).text()).toBe("abc");
    expect(await blobOf(["x ", node]).text()).toBe("x from node");
  });

  it("puts Node's Blob back", () => {
    uninstall = installWorkerdBlob();
    expect(Reflect.get(globalThis, "Blob")).not.toBe(NodeBlob);
    uninstall();
    uninstall = null;
    expect(Reflect.get(globalThis, "Blob")).toBe(NodeBlob);
  });
});
