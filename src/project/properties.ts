import type { Diagnostic } from './diagnostics.js';

/**
 * Reads a Java-style `.properties` file (`k=v`, `k: v`, `#`/`!` comments, `\` line
 * continuation), the format shift_left merges into a statement's `spec.properties`.
 */
export function parseProperties(
  path: string,
  text: string,
): { values: Record<string, string>; diagnostics: Diagnostic[] } {
  const values: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let line = lines[i].trim();
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (!m) {
      diagnostics.push({
        severity: 'error',
        code: 'properties-syntax',
        file: path,
        line: startLine,
        message: `cannot read "${line}" as a property; write it as key=value`,
      });
      continue;
    }
    values[m[1]] = m[2];
  }
  return { values, diagnostics };
}
