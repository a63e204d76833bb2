import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Files in the git index of the repository holding `dir`, read from the index header (12
 * bytes: no git process, no tree walk); undefined when there is no readable index.
 */
export function trackedFiles(dir: string): number | undefined {
  try {
    for (let at = resolve(dir); ; at = dirname(at)) {
      const dotGit = join(at, '.git');
      let stat;
      try {
        stat = statSync(dotGit);
      } catch {
        if (dirname(at) === at) return undefined;
        continue;
      }
      // A worktree or submodule: `.git` is a file naming the git folder.
      const gitDir = stat.isDirectory()
        ? dotGit
        : resolve(at, /^gitdir: (.*)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim() ?? '');
      const header = Buffer.alloc(12);
      const fd = openSync(join(gitDir, 'index'), 'r');
      try {
        if (readSync(fd, header, 0, 12, 0) !== 12 || header.toString('latin1', 0, 4) !== 'DIRC')
          return undefined;
      } finally {
        closeSync(fd);
      }
      return header.readUInt32BE(8);
    }
  } catch {
    return undefined;
  }
}
