import type { Plan } from '../plan/types.js';

/**
 * `JSON.stringify(plan, null, 2)` in pieces, one per element of the plan's lists, so a plan of
 * ten thousand steps is written without building its megabytes as one string (and again as
 * one buffer). Joined, the pieces are exactly that JSON: raw newlines in JSON.stringify's
 * output are only ever its indentation (newlines in strings come out escaped), so an element
 * stringified alone is re-indented by prefixing them.
 */
export function* planJsonPieces(plan: Plan): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(plan)) {
    const sep = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length) {
      first = false;
      yield `${sep}[`;
      for (let i = 0; i < value.length; i++) {
        const text = JSON.stringify(value[i], null, 2) ?? 'null';
        yield `${i ? ',' : ''}\n    ${text.replaceAll('\n', '\n    ')}`;
      }
      yield '\n  ]';
      continue;
    }
    const text = JSON.stringify(value, null, 2);
    if (text === undefined) continue; // as JSON.stringify leaves out undefined and functions
    first = false;
    yield sep + text.replaceAll('\n', '\n  ');
  }
  yield first ? '{}' : '\n}';
}
