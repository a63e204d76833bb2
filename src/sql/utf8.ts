/**
 * A reusable UTF-8 byte buffer that is filled from slices of a string. Hashing these bytes
 * gives the same digest as hashing the concatenated string (Node encodes strings as UTF-8,
 * with U+FFFD for a lone surrogate), without building that string: for a whole project the
 * canonical statement texts were a third of everything the analyzer allocated.
 */
export class Utf8Buffer {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  /** A high surrogate whose low half may start the next piece */
  private high = 0;

  reset(): void {
    this.length = 0;
    this.high = 0;
  }

  /** Appends `text[from, to)`. */
  append(text: string, from: number, to: number): void {
    // Three bytes per UTF-16 unit is the worst case (a pair is 4 bytes for 2 units).
    if (this.length + 3 * (to - from) + 3 > this.bytes.length) this.grow(3 * (to - from) + 3);
    const bytes = this.bytes;
    let n = this.length;
    let p = from;
    // A pending high surrogate takes the slow path until it is paired or replaced.
    while (this.high !== 0 && p < to) n = this.encode(text.charCodeAt(p++), n);
    for (; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c < 0x80) bytes[n++] = c;
      else {
        n = this.encode(c, n);
        while (this.high !== 0 && p + 1 < to) n = this.encode(text.charCodeAt(++p), n);
      }
    }
    this.length = n;
  }

  /** The bytes so far; a trailing lone high surrogate is written as U+FFFD first. */
  view(): Uint8Array {
    if (this.high !== 0) {
      this.high = 0;
      this.length = this.replacement(this.length);
    }
    return this.bytes.subarray(0, this.length);
  }

  private encode(c: number, n: number): number {
    const bytes = this.bytes;
    if (this.high !== 0) {
      const high = this.high;
      this.high = 0;
      if (c >= 0xdc00 && c <= 0xdfff) {
        const cp = ((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        bytes[n] = 0xf0 | (cp >> 18);
        bytes[n + 1] = 0x80 | ((cp >> 12) & 0x3f);
        bytes[n + 2] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[n + 3] = 0x80 | (cp & 0x3f);
        return n + 4;
      }
      n = this.replacement(n);
    }
    if (c < 0x80) {
      bytes[n] = c;
      return n + 1;
    }
    if (c < 0x800) {
      bytes[n] = 0xc0 | (c >> 6);
      bytes[n + 1] = 0x80 | (c & 0x3f);
      return n + 2;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      this.high = c;
      return n;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return this.replacement(n);
    bytes[n] = 0xe0 | (c >> 12);
    bytes[n + 1] = 0x80 | ((c >> 6) & 0x3f);
    bytes[n + 2] = 0x80 | (c & 0x3f);
    return n + 3;
  }

  private replacement(n: number): number {
    this.bytes[n] = 0xef;
    this.bytes[n + 1] = 0xbf;
    this.bytes[n + 2] = 0xbd;
    return n + 3;
  }

  private grow(extra: number): void {
    const bytes = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }
}
