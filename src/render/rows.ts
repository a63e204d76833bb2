/**
 * The rows of one list of the PR comment, rendered on first use. A comment cut to GitHub's
 * limit shows a few hundred of a large plan's ten thousand steps: rendering every row only to
 * measure it and throw it away cost more than the rest of the comment. Every question the
 * layout asks (how long are the first n rows, how many plan items do they stand for) renders
 * exactly the rows it needs, so the answers are those of the fully rendered list.
 */
export class Rows {
  private readonly lines: string[] = [];
  /** sums[i] = length of lines[0..i) with their newlines */
  private readonly sums: number[] = [0];
  /** itemSums[i] = plan items behind rows [0..i); absent when every row is one item */
  private readonly itemSums?: number[];

  /**
   * @param length how many rows the list has
   * @param render row i (pure: the same row whenever it is asked for)
   * @param items plan items behind each row, when a row can stand for several
   */
  constructor(
    readonly length: number,
    private readonly render: (i: number) => string,
    items?: readonly number[],
  ) {
    if (items) {
      const sums = [0];
      for (let i = 0; i < length; i++) sums.push(sums[i] + items[i]);
      this.itemSums = sums;
    }
  }

  static of(lines: readonly string[], items?: readonly number[]): Rows {
    return new Rows(lines.length, (i) => lines[i], items);
  }

  /** Characters of the first n rows, a newline after each. */
  chars(n: number): number {
    this.fill(n);
    return this.sums[n];
  }

  /**
   * Characters of the first rows up to the first prefix reaching `limit`, or of all rows when
   * they stay below it: whether the whole list is shorter than the limit, learnt without
   * rendering past it.
   */
  charsReaching(limit: number): number {
    let n = 0;
    while (n < this.length && this.chars(n) < limit) n++;
    return this.chars(n);
  }

  /** Plan items behind the first n rows. */
  items(n: number): number {
    return this.itemSums ? this.itemSums[n] : n;
  }

  first(n: number): string[] {
    this.fill(n);
    return this.lines.slice(0, n);
  }

  private fill(n: number) {
    for (let i = this.lines.length; i < n; i++) {
      const line = this.render(i);
      this.lines.push(line);
      this.sums.push(this.sums[i] + line.length + 1);
    }
  }
}
