import { existsSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import { configSchema, type Config } from './schema.js';
import { UserError } from '../util/errors.js';
import { readUserFile } from '../util/files.js';

export const DEFAULT_CONFIG_FILE = 'flink-pipeline.yaml';

/** Parses config text; every problem names the file, the line and the key. */
export function parseConfig(path: string, text: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new UserError(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const raw = doc.toJS() ?? {};
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const keyPath = issue.path.map(String);
    let node = doc.getIn(keyPath, true);
    // For an unknown key, point at the key itself.
    if (issue.code === 'unrecognized_keys') {
      const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && p.key.value === issue.keys[0])
        : undefined;
      node = pair?.key ?? parent;
      keyPath.push(...issue.keys);
    }
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const key = keyPath.join('.') || '(top level)';
    const what =
      issue.code === 'unrecognized_keys'
        ? 'unknown key; check the spelling against the config reference'
        : issue.message;
    return `${path}${line ? `:${line}` : ''}: ${key}: ${what}`;
  });
  throw new UserError(messages.join('\n'));
}

/**
 * Loads the config file. An explicitly named file must exist; the default name is optional.
 */
export function loadConfig(path: string | undefined): Config {
  const file = path ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(file)) {
    if (path) throw new UserError(`${path}: config file not found; pass an existing file to --config`);
    return {};
  }
  return parseConfig(file, readUserFile(file, 'config file'));
}
