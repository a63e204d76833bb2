import type { Plan } from '../plan/types.js';

/** Elements of a list stringified together: few enough to keep pieces small, many enough to keep calls few. */
const BATCH = 64;

/**
 * `JSON.stringify(plan, null, 2)` in pieces, one per batch of elements of the plan's lists, so
 * a plan of ten thousand steps is written without building its megabytes as one string (and
 * again as one buffer). Joined, the pieces are exactly that JSON: a batch stringified as
 * `[[…batch]]` sits two levels deep, as the plan's list elements do, so JSON.stringify indents
 * it as the whole plan would, and only its two wrapping brackets are cut off.
 */
export function* planJsonPieces(plan: Plan): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(plan)) {
    const sep = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length) {
      first = false;
      yield `${sep}[`;
      for (let i = 0; i < value.length; i += BATCH) {
        // `[\n  [` + `\n    element` joined by `,` + `\n  ]\n]`
        const text = JSON.stringify([value.slice(i, i + BATCH)], null, 2);
        yield (i ? ',' : '') + text.slice(5, -6);
      }
      yield '\n  ]';
      continue;
    }
    // Raw newlines in JSON.stringify's output are only ever its indentation (newlines in
    // strings come out escaped), so a value one level deep is re-indented by prefixing them.
    const text = JSON.stringify(value, null, 2);
    if (text === undefined) continue; // as JSON.stringify leaves out undefined and functions
    first = false;
    yield sep + text.replaceAll('\n', '\n  ');
  }
  yield first ? '{}' : '\n}';
}
