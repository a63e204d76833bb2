#!/usr/bin/env node
// Independent check of a generated benchmark project, from the files on disk (not from the
// generator's in-memory model):
//
//   node bench/verify.mjs DIR
//
// - every table folder has exactly ddl.<t>.sql and dml.<t>.sql (+ optional dml.<t>.properties);
// - the DDL's CREATE TABLE name and the DML's INSERT INTO name are the folder's table name;
// - every table a DML reads (FROM / JOIN / comma join / TABLE x in window TVFs / subqueries), read
//   with a small tokenizer that drops comments, hints and string literals and skips CTE names and
//   UNNEST, is a table of the project or one of the manifest's raw externals;
// - the graph has no cycle, and the parents read from the SQL equal the manifest's parents.
// It knows only the SQL shapes the generator writes; it is not the product's analyzer.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readManifest, LAYERS } from './generate.mjs';

/** Tokens: {t: 'id'|'kw'|'num'|'op'|'str', v}. Comments, hints and whitespace are dropped. */
export function tokenize(sql) {
  const out = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const e = sql.indexOf('\n', i);
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const e = sql.indexOf('*/', i + 2);
      if (e < 0) throw new Error('unterminated /* comment');
      i = e + 2;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= n) throw new Error('unterminated string literal');
        if (sql[j] === "'") {
          if (sql[j + 1] === "'") {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push({ t: 'str', v: sql.slice(i + 1, j) });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const e = sql.indexOf('`', i + 1);
      if (e < 0) throw new Error('unterminated backtick identifier');
      out.push({ t: 'id', v: sql.slice(i + 1, e), quoted: true });
      i = e + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(sql[j])) j++;
      const v = sql.slice(i, j);
      out.push({ t: 'id', v, up: v.toUpperCase() });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[0-9.]/.test(sql[j])) j++;
      out.push({ t: 'num', v: sql.slice(i, j) });
      i = j;
      continue;
    }
    if (c === '=' && sql[i + 1] === '>') {
      out.push({ t: 'op', v: '=>' });
      i += 2;
      continue;
    }
    out.push({ t: 'op', v: c });
    i++;
  }
  return out;
}

const CLAUSE_END = new Set([
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'UNION',
  'LIMIT',
  'JOIN',
  'LEFT',
  'RIGHT',
  'INNER',
  'FULL',
  'CROSS',
  'ON',
  'WINDOW',
  'SELECT',
  'FROM',
  'FOR',
]);
const kw = (tok, word) => tok && tok.t === 'id' && !tok.quoted && tok.up === word;

/** Reads a possibly dotted name at k; returns [name, next index]. */
function readName(toks, k) {
  const parts = [toks[k].v];
  k++;
  while (toks[k]?.v === '.' && toks[k + 1]?.t === 'id') {
    parts.push(toks[k + 1].v);
    k += 2;
  }
  return [parts.join('.'), k];
}

/** Names read by the statements of `sql`, CTE names excluded; plus INSERT INTO / CREATE TABLE targets. */
export function analyzeSql(sql) {
  const toks = tokenize(sql);
  const ctes = new Set();
  const reads = [];
  const sinks = [];
  for (let k = 0; k < toks.length; k++) {
    const tk = toks[k];
    // CTE definitions: WITH name AS ( ... ) [, name AS ( ... )]*
    if (
      (kw(tk, 'WITH') || (tk.v === ',' && toks[k - 1]?.v === ')')) &&
      toks[k + 1]?.t === 'id' &&
      kw(toks[k + 2], 'AS') &&
      toks[k + 3]?.v === '('
    ) {
      ctes.add(toks[k + 1].v);
      continue;
    }
    if (kw(tk, 'INSERT') && kw(toks[k + 1], 'INTO')) {
      sinks.push(readName(toks, k + 2)[0]);
      continue;
    }
    if (kw(tk, 'CREATE') && kw(toks[k + 1], 'TABLE')) {
      let j = k + 2;
      if (kw(toks[j], 'IF') && kw(toks[j + 1], 'NOT') && kw(toks[j + 2], 'EXISTS')) j += 3;
      sinks.push(readName(toks, j)[0]);
      k = j;
      continue;
    }
    // TABLE x inside a window TVF (positional or DATA => TABLE x).
    if (kw(tk, 'TABLE') && toks[k + 1]?.t === 'id' && toks[k + 1].v !== '(') {
      reads.push({ name: readName(toks, k + 1)[0], via: 'TABLE' });
      continue;
    }
    if (kw(tk, 'FROM') || kw(tk, 'JOIN')) {
      let j = k + 1;
      // A FROM list: factor [alias] [, factor [alias]]*
      for (;;) {
        const f = toks[j];
        if (!f) break;
        if (kw(f, 'TABLE') || kw(f, 'UNNEST') || kw(f, 'LATERAL')) break;
        if (f.v === '(') {
          // Derived table: its own FROM is seen later by the outer loop; skip to its alias.
          let depth = 0;
          for (; j < toks.length; j++) {
            if (toks[j].v === '(') depth++;
            else if (toks[j].v === ')' && --depth === 0) break;
          }
          j++;
        } else if (f.t === 'id') {
          const [name, after] = readName(toks, j);
          reads.push({ name, via: tk.up });
          j = after;
        } else break;
        // FOR SYSTEM_TIME AS OF a.col
        if (kw(toks[j], 'FOR') && kw(toks[j + 1], 'SYSTEM_TIME')) {
          j += 4;
          j = readName(toks, j)[1];
        }
        if (kw(toks[j], 'AS')) j += 2;
        else if (toks[j]?.t === 'id' && (toks[j].quoted || !CLAUSE_END.has(toks[j].up))) j += 1;
        if (tk.up === 'FROM' && toks[j]?.v === ',') {
          j++;
          continue;
        }
        break;
      }
    }
  }
  const names = [...new Set(reads.map((r) => r.name).filter((n) => !ctes.has(n)))].sort();
  return { reads: names, sinks, ctes: [...ctes].sort() };
}

/** Scans DIR/pipelines and checks it against DIR/bench-manifest.json. */
export function verifyProject(dir) {
  const root = resolve(dir);
  const manifest = readManifest(root);
  const errors = [];
  if (!manifest) return { ok: false, errors: [`${root}: no bench-manifest.json`], tables: 0 };
  const externals = new Set([...manifest.externals, ...(manifest.undeclared ?? [])]);
  const found = new Map(); // table -> {folder, layer, product, reads, hasProps}
  let files = 0;
  const pipelines = join(root, 'pipelines');
  for (const layer of readdirSync(pipelines).sort()) {
    if (!LAYERS.includes(layer)) {
      errors.push(`unexpected layer folder ${layer}`);
      continue;
    }
    for (const product of readdirSync(join(pipelines, layer)).sort()) {
      for (const folder of readdirSync(join(pipelines, layer, product)).sort()) {
        const scripts = join(pipelines, layer, product, folder, 'sql-scripts');
        const where = relative(root, scripts).split(sep).join('/');
        if (!existsSync(scripts)) {
          errors.push(`${where}: missing`);
          continue;
        }
        const names = readdirSync(scripts).sort();
        files += names.length;
        const expected = [`ddl.${folder}.sql`, `dml.${folder}.properties`, `dml.${folder}.sql`];
        const extra = names.filter((f) => !expected.includes(f));
        if (extra.length) errors.push(`${where}: unexpected files ${extra.join(', ')}`);
        if (!names.includes(`ddl.${folder}.sql`) || !names.includes(`dml.${folder}.sql`)) {
          errors.push(`${where}: missing ddl or dml`);
          continue;
        }
        let ddl;
        let dml;
        try {
          ddl = analyzeSql(readFileSync(join(scripts, `ddl.${folder}.sql`), 'utf8'));
          dml = analyzeSql(readFileSync(join(scripts, `dml.${folder}.sql`), 'utf8'));
        } catch (err) {
          errors.push(`${where}: ${err.message}`);
          continue;
        }
        if (ddl.sinks.length !== 1 || ddl.sinks[0] !== folder)
          errors.push(`${where}: DDL creates ${ddl.sinks.join(', ')}`);
        if (ddl.reads.length) errors.push(`${where}: DDL reads ${ddl.reads.join(', ')}`);
        if (dml.sinks.length !== 1 || dml.sinks[0] !== folder)
          errors.push(`${where}: DML inserts into ${dml.sinks.join(', ')}`);
        if (found.has(folder)) errors.push(`${where}: duplicate table ${folder}`);
        found.set(folder, {
          folder: where,
          layer,
          product,
          reads: dml.reads,
          hasProps: names.includes(`dml.${folder}.properties`),
        });
      }
    }
  }
  // Every read resolves; sources read only externals, other tables only tables.
  for (const [name, t] of found) {
    for (const r of t.reads) {
      if (r === name) errors.push(`${name}: reads itself`);
      else if (t.layer === 'sources' ? !externals.has(r) : !found.has(r)) {
        errors.push(`${name}: reads unknown ${r}`);
      }
    }
  }
  // The SQL on disk agrees with the manifest.
  if (manifest.table.length !== found.size)
    errors.push(`manifest has ${manifest.table.length} tables, disk ${found.size}`);
  for (const m of manifest.table) {
    const t = found.get(m.name);
    if (!t) {
      errors.push(`${m.name}: in manifest, not on disk`);
      continue;
    }
    if (t.reads.join(',') !== m.parents.join(','))
      errors.push(`${m.name}: SQL reads [${t.reads}] but manifest says [${m.parents}]`);
    if (t.hasProps !== m.properties)
      errors.push(`${m.name}: properties file ${t.hasProps ? 'present' : 'absent'} unlike manifest`);
    if (`pipelines/${m.layer}/${m.product}/${m.name}/sql-scripts` !== t.folder)
      errors.push(`${m.name}: folder ${t.folder}`);
  }
  const cycle = findCycle(new Map([...found].map(([n, t]) => [n, t.reads.filter((r) => found.has(r))])));
  if (cycle) errors.push(`cycle: ${cycle.join(' -> ')}`);
  const edges = [...found.values()].reduce((s, t) => s + t.reads.length, 0);
  return { ok: errors.length === 0, errors, tables: found.size, files, edges, cycle };
}

/** A cycle as a list of names (first = last), or null. Iterative DFS over `parents` edges. */
export function findCycle(parentsOf) {
  const state = new Map(); // 1 = on stack, 2 = done
  for (const start of [...parentsOf.keys()].sort()) {
    if (state.get(start)) continue;
    const stack = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const ps = parentsOf.get(top[0]) ?? [];
      if (top[1] < ps.length) {
        const p = ps[top[1]++];
        const s = state.get(p);
        if (s === 1) {
          const path = stack.map(([n]) => n);
          return [...path.slice(path.indexOf(p)), p];
        }
        if (!s) {
          state.set(p, 1);
          stack.push([p, 0]);
        }
      } else {
        state.set(top[0], 2);
        stack.pop();
      }
    }
  }
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/verify.mjs DIR');
    process.exit(2);
  }
  const r = verifyProject(dir);
  for (const e of r.errors.slice(0, 50)) console.error(e);
  if (r.errors.length > 50) console.error(`... ${r.errors.length - 50} more`);
  console.log(
    `${r.ok ? 'ok' : 'FAILED'}: ${r.tables} tables, ${r.files} files, ${r.edges} edges, ${r.errors.length} errors`,
  );
  process.exit(r.ok ? 0 : 1);
}
