/**
 * Strings encoded as UTF-8 one after another into large buffers, each piece a view of its
 * bytes. A buffer per piece of a kilobyte or two took it from Node's 8 kB pool, and making the
 * pools cost more than the encoding when 10,000 tables render their metadata. A piece stays
 * valid as long as it is held: a full buffer is left to its pieces, never reused.
 */
export class Utf8Arena {
  private buf: Buffer;
  private at = 0;

  constructor(private readonly size = 1 << 20) {
    this.buf = Buffer.allocUnsafe(size);
  }

  put(s: string): Buffer {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair: 4 for 2 units).
    const room = s.length * 3;
    if (this.at + room > this.buf.length) {
      this.buf = Buffer.allocUnsafe(Math.max(this.size, room));
      this.at = 0;
    }
    const n = this.buf.write(s, this.at);
    const piece = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return piece;
  }
}
