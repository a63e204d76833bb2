import type { GitHubApi, IssueComment } from './github-api.js';

/**
 * Sticky comments: one comment per marker, found by paging through every
 * comment, updated in place, left alone when the body is unchanged. Only comments that start
 * with the marker and were written by a bot count, so a person who quotes the marker does not
 * get their comment edited.
 */

export const isOwnComment = (c: IssueComment, marker: string) =>
  c.body.startsWith(marker) && c.user?.type === 'Bot';

export async function findComment(
  api: GitHubApi,
  issue: number,
  marker: string,
): Promise<IssueComment | undefined> {
  for await (const page of api.listComments(issue)) {
    const found = page.find((c) => isOwnComment(c, marker));
    if (found) return found;
  }
  return undefined;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  id: number;
}

/** Creates the comment, or updates the one found (`existing`, else searched for). */
export async function upsertComment(
  api: GitHubApi,
  issue: number,
  marker: string,
  body: string,
  existing?: IssueComment | null,
): Promise<UpsertResult> {
  if (!body.startsWith(marker)) throw new Error('a sticky comment body must start with its marker');
  const found = existing === undefined ? await findComment(api, issue, marker) : (existing ?? undefined);
  if (!found) {
    const c = await api.createComment(issue, body);
    return { action: 'created', url: c.html_url, id: c.id };
  }
  if (found.body === body) return { action: 'unchanged', url: found.html_url, id: found.id };
  const c = await api.updateComment(found.id, body);
  return { action: 'updated', url: c.html_url || found.html_url, id: found.id };
}
