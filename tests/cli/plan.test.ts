import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli } from '../helpers/repo.js';
import type { Plan } from '../../src/plan/types.js';

const repos: ReturnType<typeof makeRepo>[] = [];
const statusFiles: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const f of statusFiles.splice(0)) rmSync(f, { force: true });
});

/** A fixture repo on a feature branch; `edit` changes files, then the branch commits. */
function scenario(edit: (dir: string) => void) {
  const repo = makeRepo();
  repos.push(repo);
  repo.git('checkout', '-q', '-b', 'feature');
  edit(repo.dir);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'change');
  return repo;
}

const P2 = 'pipelines/intermediates/p2';
function rewrite(dir: string, path: string, edit: (s: string) => string) {
  const abs = join(dir, path);
  writeFileSync(abs, edit(readFileSync(abs, 'utf8')));
}

/** Every table running, as a status file, except the given ones (absent = not deployed). */
function statusFile(dir: string, overrides: Record<string, string | null> = {}): string {
  const inventory = JSON.parse(runCli(dir, 'inventory', '--check', '--format', 'json').stdout);
  expect(inventory.tables).toBeGreaterThan(0);
  const plan = JSON.parse(runCli(dir, 'plan', '--all', '--format', 'json').stdout) as Plan;
  const status: Record<string, string> = {};
  for (const n of plan.nodes) status[n.table] = 'RUNNING';
  for (const [t, phase] of Object.entries(overrides)) {
    if (phase === null) delete status[t];
    else status[t] = phase;
  }
  const path = join(dir, '..', `${dir.split('/').pop()}-status.json`);
  writeFileSync(path, JSON.stringify(status));
  statusFiles.push(path);
  return path;
}

function plan(dir: string, ...args: string[]): Plan {
  const r = runCli(dir, 'plan', '--base', 'main', '--head', 'feature', '--format', 'json', ...args);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return JSON.parse(r.stdout) as Plan;
}
const changes = (p: Plan) => p.changes.map((c) => `${c.table}:${c.kind}`);
const nodes = (p: Plan) => p.nodes.map((n) => `${n.table}:${n.action}`);
const steps = (p: Plan) => p.steps.map((s) => s.id);

describe('plan scenarios on real git repositories', () => {
  test('formatting-only edit: a change, no steps', () => {
    const repo = scenario((dir) =>
      rewrite(
        dir,
        `${P2}/y/sql-scripts/dml.y.sql`,
        (s) => `-- reformatted\n${s.replace(/\n/g, '\n   ').toLowerCase().replace("'n/a'", "'N/A'")}`,
      ),
    );
    const p = plan(repo.dir);
    expect(changes(p)).toEqual(['y:format-only']);
    expect(nodes(p)).toEqual([]);
    expect(steps(p)).toEqual([]);
  });

  test('stateless DML edit: carry-over of that table only', () => {
    const repo = scenario((dir) =>
      rewrite(dir, `${P2}/y/sql-scripts/dml.y.sql`, (s) => s.replace(/;\s*$/, "\n  AND y_label <> '';\n")),
    );
    const p = plan(repo.dir, '--status', `file:${statusFile(repo.dir)}`);
    expect(changes(p)).toEqual(['y:dml']);
    expect(nodes(p)).toEqual(['y:carry-over']);
    expect(steps(p)).toEqual(['y:stop-dml', 'y:create-dml', 'y:delete-old-dml']);
    const [stop, create, del] = p.steps;
    expect(create.properties!['sql.tables.initial-offset-from']).toBe(stop.statement);
    expect(del.statement).toBe(stop.statement);
    expect(create.statement).not.toBe(stop.statement);
  });

  test('stateful DML edit in the middle of the DAG: rebuild of it and all transitive descendants', () => {
    const repo = scenario((dir) =>
      rewrite(dir, `${P2}/z/sql-scripts/dml.z.sql`, (s) => s.replace(/;\s*$/, '\nWHERE 1 = 1;\n')),
    );
    const p = plan(repo.dir, '--status', `file:${statusFile(repo.dir)}`);
    expect(changes(p)).toEqual(['z:dml']);
    expect(nodes(p)).toEqual(['z:rebuild', 'c:rebuild', 'd:rebuild', 'p:rebuild', 'e:rebuild', 'f:rebuild']);
    const ids = steps(p);
    for (const t of ['z', 'c', 'd', 'p', 'e', 'f']) {
      const own = ids.filter((i) => i.startsWith(`${t}:`));
      expect([t, own]).toEqual([
        t,
        [`${t}:stop-dml`, `${t}:delete-dml`, `${t}:drop-table`, `${t}:create-table`, `${t}:create-dml`],
      ]);
    }
    const at = (id: string) => ids.indexOf(id);
    for (const [parent, child] of [
      ['z', 'c'],
      ['z', 'd'],
      ['z', 'p'],
      ['c', 'e'],
      ['d', 'f'],
    ]) {
      expect(at(`${child}:stop-dml`)).toBeLessThan(at(`${parent}:drop-table`));
      expect(at(`${parent}:create-dml`)).toBeLessThan(at(`${child}:create-table`));
    }
  });

  test('DDL column change: rebuild; options-only change: alter in place', () => {
    const schema = scenario((dir) =>
      rewrite(dir, 'pipelines/facts/p2/e/sql-scripts/ddl.e.sql', (s) =>
        s.replace('origin STRING,', 'origin STRING,\n  note STRING,'),
      ),
    );
    const ps = plan(schema.dir, '--status', `file:${statusFile(schema.dir)}`);
    expect(changes(ps)).toEqual(['e:ddl-schema']);
    expect(nodes(ps)).toEqual(['e:rebuild']);
    const options = scenario((dir) =>
      rewrite(dir, 'pipelines/facts/p2/e/sql-scripts/ddl.e.sql', (s) =>
        s.replace('WITH (', "WITH (\n  'kafka.retention.time' = '14 d',"),
      ),
    );
    const po = plan(options.dir, '--status', `file:${statusFile(options.dir)}`);
    expect(changes(po)).toEqual(['e:ddl-options']);
    expect(nodes(po)).toEqual(['e:alter']);
    expect(po.steps.map((s) => [s.id, s.sql])).toEqual([
      ['e:alter-table', "ALTER TABLE `e` SET ('kafka.retention.time' = '14 d')"],
    ]);
  });

  test('new table whose parents are not running: ancestors started, depth-first, up to the sources', () => {
    const repo = scenario((dir) => {
      const base = join(dir, 'pipelines/facts/p2/g/sql-scripts');
      mkdirSync(base, { recursive: true });
      writeFileSync(
        join(base, 'ddl.g.sql'),
        "CREATE TABLE g (id STRING) WITH ('changelog.mode' = 'append');\n",
      );
      writeFileSync(join(base, 'dml.g.sql'), 'INSERT INTO g\nSELECT x_id FROM f;\n');
    });
    const status = statusFile(repo.dir, { f: 'STOPPED', d: 'FAILED', y: null, src_y: null, g: null });
    const p = plan(repo.dir, '--status', `file:${status}`);
    expect(changes(p)).toEqual(['g:added']);
    expect(nodes(p)).toEqual(['src_y:start', 'y:start', 'd:start', 'f:start', 'g:create']);
    const ids = steps(p);
    const at = (id: string) => ids.indexOf(id);
    expect(at('src_y:create-dml')).toBeLessThan(at('y:create-table'));
    expect(at('y:create-dml')).toBeLessThan(at('d:create-dml'));
    // f is STOPPED: resumed by its statement name, not recreated.
    expect(ids.filter((i) => i.startsWith('f:'))).toEqual(['f:resume-dml']);
    expect(at('d:create-dml')).toBeLessThan(at('f:resume-dml'));
    expect(at('f:resume-dml')).toBeLessThan(at('g:create-table'));
    expect(ids.filter((i) => i.startsWith('z:') || i.startsWith('x:'))).toEqual([]);
  });

  test('removed table still read by another: plan error, exit 1', () => {
    const repo = scenario((dir) => rmSync(join(dir, `${P2}/c`), { recursive: true }));
    const r = runCli(repo.dir, 'plan', '--base', 'main', '--head', 'feature', '--format', 'json');
    expect(r.status).toBe(1);
    const p = JSON.parse(r.stdout) as Plan;
    expect(changes(p)).toEqual(['c:removed']);
    expect(p.errors.map((e) => e.message)).toEqual([
      '`c` is removed by this change but `e` still read it; remove those reads or keep the table',
    ]);
  });

  test('renamed folder: a change, no steps', () => {
    const repo = scenario((dir) => {
      mkdirSync(join(dir, 'pipelines/facts/p9'), { recursive: true });
      renameSync(join(dir, 'pipelines/facts/p2/e'), join(dir, 'pipelines/facts/p9/e'));
    });
    const p = plan(repo.dir);
    expect(changes(p)).toEqual(['e:renamed']);
    expect(steps(p)).toEqual([]);
  });

  test('two changes whose impact overlaps: each node once', () => {
    const repo = scenario((dir) => {
      rewrite(dir, `${P2}/x/sql-scripts/dml.x.sql`, (s) => s.replace(/;\s*$/, '\nWHERE 1 = 1;\n'));
      rewrite(dir, `${P2}/d/sql-scripts/dml.d.sql`, (s) => s.replace(/;\s*$/, '\n  AND 2 = 2;\n'));
    });
    const p = plan(repo.dir, '--status', `file:${statusFile(repo.dir)}`);
    expect(changes(p).sort()).toEqual(['d:dml', 'x:dml']);
    expect(nodes(p)).toEqual([
      'x:rebuild',
      'z:rebuild',
      'c:rebuild',
      'd:rebuild',
      'p:rebuild',
      'e:rebuild',
      'f:rebuild',
    ]);
    expect(new Set(steps(p)).size).toBe(p.steps.length);
  });

  test('blue-green strategy: versioned tables, rewritten readers, nothing dropped', () => {
    const repo = scenario((dir) => {
      writeFileSync(join(dir, 'flink-pipeline.yaml'), 'strategy: blue-green\n');
      rewrite(dir, `${P2}/z/sql-scripts/dml.z.sql`, (s) => s.replace(/;\s*$/, '\nWHERE 1 = 1;\n'));
    });
    const p = plan(repo.dir, '--status', `file:${statusFile(repo.dir)}`);
    expect(p.nodes.map((n) => `${n.table}->${n.deployedAs}`)).toEqual([
      'z->z_v2',
      'c->c_v2',
      'd->d_v2',
      'p->p_v2',
      'e->e_v2',
      'f->f_v2',
    ]);
    expect(
      p.steps.filter((s) => s.destructive || s.action === 'drop-table' || s.action === 'stop-statement'),
    ).toEqual([]);
    expect(p.steps.find((s) => s.id === 'e:create-dml')!.sql).toMatch(/INSERT INTO e_v2[\s\S]*FROM c_v2\b/);
  });

  test('markdown output is the PR comment body', () => {
    const repo = scenario((dir) =>
      rewrite(dir, `${P2}/y/sql-scripts/dml.y.sql`, (s) => s.replace(/;\s*$/, "\n  AND y_label <> '';\n")),
    );
    const r = runCli(
      repo.dir,
      'plan',
      '--base',
      'main',
      '--head',
      'feature',
      '--format',
      'markdown',
      '--out',
      'plan.json',
    );
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!-- flink-pipeline:plan -->\n')).toBe(true);
    expect(r.stdout).toContain('```mermaid');
    const saved = JSON.parse(readFileSync(join(repo.dir, 'plan.json'), 'utf8')) as Plan;
    expect(r.stdout).toContain(saved.hash);
  });

  test('selection: --tables with --descendants, and bad names', () => {
    const repo = makeRepo();
    repos.push(repo);
    const r = runCli(repo.dir, 'plan', '--tables', 'd', '--descendants', '--format', 'json');
    expect(r.status).toBe(0);
    expect(nodes(JSON.parse(r.stdout))).toEqual(['d:redeploy', 'f:rebuild']);
    const bad = runCli(repo.dir, 'plan', '--tables', 'zz');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'flink-pipeline: plan: no table named `zz` in the repository; did you mean `z`?\n',
    );
  });
});
