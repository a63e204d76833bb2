import { execFile } from 'node:child_process';

/**
 * git in the checkout, one process per call (the action's own writes and fetches; reads of
 * trees and blobs go through `change/git.ts`). Never prompts; the error is git's last line.
 */
export function git(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (err, stdout, stderr) => {
        if (err) {
          const why = (stderr || err.message).trim().split('\n').filter(Boolean).pop() ?? err.message;
          const e = new Error(`git ${args[0]}: ${why}`) as Error & { code?: unknown };
          e.code = (err as { code?: unknown }).code;
          reject(e);
        } else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** True when the clone holds the commit. */
export const hasCommit = (cwd: string, sha: string) =>
  git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
