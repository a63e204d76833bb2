import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseInputs, readSecrets } from '../../src/action/inputs.js';
import { ROOT } from '../helpers/repo.js';
import { environmentName, readWorkflow, type Workflow } from './workflow.js';

/**
 * action.yml and the example workflows, checked without running them: actionlint on every
 * example (and on broken copies, to show it catches them), full-SHA pins, least privilege, the
 * deploy rules, the inputs the examples pass, and the copies of the examples in the docs.
 * (The end-to-end runs are in examples.e2e.test.ts.)
 */

const LINT = join(ROOT, 'scripts', 'lint-workflows.mjs');
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => `examples/${f}`);

function lint(...files: string[]) {
  const r = spawnSync(process.execPath, [LINT, ...files], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

interface ActionYml {
  name?: string;
  description?: string;
  inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

describe('actionlint', () => {
  test('finds the three examples', () => {
    expect(EXAMPLES).toEqual([
      'examples/deploy-on-push.yml',
      'examples/manual-dispatch.yml',
      'examples/plan-on-pr.yml',
    ]);
  });

  test('every example passes', () => {
    const r = lint(...EXAMPLES);
    expect(r.out).toContain(`actionlint: ${EXAMPLES.length} workflow files, no problems`);
    expect(r.code).toBe(0);
  });

  // Each mutation breaks one example the way a hand edit could; all are linted in one run
  // (loading the WebAssembly build takes seconds).
  const MUTATIONS: [what: string, from: string, to: string, message: RegExp][] = [
    [
      'an unknown permission scope',
      'pull-requests: write',
      'pull-request: write',
      /unknown permission scope "pull-request"/,
    ],
    ['a broken expression', 'github.ref == format(', 'github.ref = format(', /expecting '='/],
    [
      'a misspelt event',
      'workflow_dispatch:',
      'workflow_dispatched:',
      /unknown Webhook event "workflow_dispatched"/,
    ],
    ['a missing runs-on', 'runs-on: ubuntu-latest', 'runs_on: ubuntu-latest', /"runs-on" section is missing/],
    [
      'an undefined step output',
      'steps.plan.outputs.plan-json',
      'steps.plan2.outputs.plan-json',
      /property "plan2" is not defined/,
    ],
    ['an unknown input type', 'type: boolean', 'type: bool', /bool/],
  ];

  test('fails on broken examples, naming the file and line of each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flink-lint-'));
    try {
      const files = MUTATIONS.map(([, from, to], i) => {
        const source = EXAMPLES.find((f) => readFileSync(join(ROOT, f), 'utf8').includes(from));
        if (!source) throw new Error(`no example contains ${from}`);
        const broken = join(dir, `broken-${i}.yml`);
        writeFileSync(broken, readFileSync(join(ROOT, source), 'utf8').replace(from, to));
        return broken;
      });
      const r = lint(...files);
      expect(r.code).toBe(1);
      const found = MUTATIONS.map(([what, , , message], i) => {
        const lines = r.out.split('\n').filter((l) => l.startsWith(`${files[i]}:`));
        return [
          what,
          lines.length > 0 && lines.every((l) => /:\d+:\d+: /.test(l)) && lines.some((l) => message.test(l)),
        ];
      });
      expect(found).toEqual(MUTATIONS.map(([what]) => [what, true]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unreadable file is a usage problem, not a pass', () => {
    expect(lint('examples/none.yml').code).toBe(2);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

  test('is a Node 24 action whose entry exists, every input and output described', () => {
    expect(Object.keys(action).sort()).toEqual([
      'author',
      'branding',
      'description',
      'inputs',
      'name',
      'outputs',
      'runs',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect([name, typeof spec.description === 'string' && spec.description.length > 10]).toEqual([
        name,
        true,
      ]);
      expect(Object.keys(spec).every((k) => ['description', 'default', 'required'].includes(k))).toBe(true);
    }
    // Defaults are strings, as the runner passes them; an input with a default is not required.
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (spec.default !== undefined) expect([name, typeof spec.default]).toEqual([name, 'string']);
      if (spec.default !== undefined) expect([name, spec.required]).not.toEqual([name, true]);
    }
  });

  test('declares exactly the inputs the action reads', () => {
    const read = new Set<string>();
    const reader = (name: string) => {
      read.add(name);
      return '';
    };
    parseInputs(reader);
    readSecrets(reader);
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});

describe('the examples', () => {
  const workflows = EXAMPLES.map((f) => [f, readWorkflow(f)] as [string, Workflow]);
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const steps = workflows.flatMap(([file, wf]) =>
    Object.entries(wf.jobs).flatMap(([job, j]) => j.steps.map((s) => ({ file, job, step: s }))),
  );

  test('pin every action to a full commit SHA with the version in a comment', () => {
    const text = EXAMPLES.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const uses = text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l));
    expect(uses.length).toBeGreaterThanOrEqual(8);
    const loose = uses.filter(
      (l) => !/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/.test(l.trim().replace(/^- /, '')),
    );
    expect(loose).toEqual([]);
  });

  test('grant nothing by default; each job asks for read or write of known scopes only', () => {
    for (const [file, wf] of workflows) {
      expect([file, wf.permissions]).toEqual([file, {}]);
      for (const [name, job] of Object.entries(wf.jobs)) {
        for (const [scope, level] of Object.entries(job.permissions ?? {})) {
          expect([
            file,
            name,
            scope,
            ['contents', 'pull-requests'].includes(scope),
            ['read', 'write'].includes(level),
          ]).toEqual([file, name, scope, true, true]);
        }
      }
      expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    }
  });

  test('deploy jobs: production environment, default branch only, one per environment, never cancelled, full history', () => {
    const deploys = workflows.flatMap(([file, wf]) =>
      Object.entries(wf.jobs)
        .filter(([, j]) =>
          j.steps.some(
            (s) => /^flink-pipeline\//.test(s.uses ?? '') && (wf.on.push || s.with?.mode === 'deploy'),
          ),
        )
        .map(([name, j]) => ({ file, name, job: j })),
    );
    expect(deploys.map((d) => `${d.file}:${d.name}`)).toEqual([
      'examples/deploy-on-push.yml:deploy',
      'examples/manual-dispatch.yml:deploy',
    ]);
    for (const { job } of deploys) {
      expect(environmentName(job)).toBe('production');
      expect(job.concurrency).toEqual({ group: 'flink-deploy-production', 'cancel-in-progress': false });
      // Never backwards: the commits live statements record are placed in the full history.
      const checkout = job.steps.find((s) => /^actions\/checkout@/.test(s.uses ?? ''));
      expect(checkout?.with?.['fetch-depth']).toBe(0);
      expect(String(job.if)).toContain(
        "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
      );
    }
    // Plan jobs never wait for the production approval.
    const plans = steps.filter(
      (s) =>
        /^flink-pipeline\//.test(s.step.uses ?? '') &&
        !deploys.some((d) => d.file === s.file && d.name === s.job),
    );
    expect(plans.length).toBe(2);
    for (const p of plans)
      expect(environmentName(workflows.find(([f]) => f === p.file)![1].jobs[p.job])).toBe('flink-plan');
  });

  test('pass only inputs action.yml declares', () => {
    const ours = steps.filter((s) => /^flink-pipeline\//.test(s.step.uses ?? ''));
    expect(ours.length).toBe(4);
    for (const { file, step } of ours) {
      for (const key of Object.keys(step.with ?? {}))
        expect([file, key, key in action.inputs]).toEqual([file, key, true]);
    }
  });
});

describe('the docs', () => {
  test('every workflow in README.md and docs/ is an exact copy of an example', () => {
    const examples = new Set(EXAMPLES.map((f) => readFileSync(join(ROOT, f), 'utf8')));
    const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
      f.endsWith('.md'),
    );
    const blocks = docs.flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/^```ya?ml\n([^]*?)^```$/gm)]
        .map((m) => ({ file: f, text: m[1] }))
        .filter((b) => /^jobs:/m.test(b.text)),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(EXAMPLES.length);
    expect(blocks.filter((b) => !examples.has(b.text)).map((b) => b.file)).toEqual([]);
  });
});
