import { getOctokit } from '@actions/github';

/**
 * The few GitHub REST calls the action makes, behind an interface so the comment logic is
 * testable without a network. `@actions/github` reads `GITHUB_API_URL` when it is imported;
 * the entry passes the URL explicitly as well, so import order cannot matter.
 */

export interface IssueComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string } | null;
}

export interface PullSummary {
  number: number;
  state: string;
  merged_at: string | null;
  html_url: string;
}

export interface GitHubApi {
  /** Comments of an issue or pull request, page by page (100 a page, every page) */
  listComments(issue: number): AsyncIterable<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  /** Pull requests that contain a commit (the merged PR of a push to the default branch) */
  pullsForCommit(sha: string): Promise<PullSummary[]>;
}

const comment = (c: {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type: string } | null;
}): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  html_url: c.html_url,
  user: c.user ? { login: c.user.login, type: c.user.type } : null,
});

export function gitHubApi(token: string, repository: string, baseUrl?: string): GitHubApi {
  const [owner, repo] = repository.split('/');
  const octokit = getOctokit(token, baseUrl ? { baseUrl } : {});
  return {
    async *listComments(issue) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      for await (const page of pages) yield page.data.map(comment);
    },
    async createComment(issue, body) {
      const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return comment(r.data);
    },
    async updateComment(id, body) {
      const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return comment(r.data);
    },
    async pullsForCommit(sha) {
      const r = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
      });
      return r.data.map((p) => ({
        number: p.number,
        state: p.state,
        merged_at: p.merged_at,
        html_url: p.html_url,
      }));
    },
  };
}

/** One line for a failed GitHub call: status and GitHub's message, never headers or tokens. */
export function gitHubError(what: string, e: unknown): string {
  const err = e as { status?: number; message?: string };
  const status = typeof err.status === 'number' ? ` (HTTP ${err.status})` : '';
  const message = (err.message ?? String(e)).split('\n')[0].slice(0, 300);
  let hint = '';
  if (err.status === 403 || err.status === 404) {
    hint = '; the token may lack `pull-requests: write` (fork pull requests always get a read-only token)';
  } else if (err.status === 401) hint = '; check the github-token input';
  return `${what} failed${status}: ${message}${hint}`;
}
