/**
 * Java, Maven and the referee's jars: found, resolved into a cache folder on first use, the
 * one Java source compiled there. Every failure is one RefereeUnavailable line that says what
 * to install or set; nothing here prints a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../util/errors.js';

/** The referee cannot run here: no Java, no Maven, no network for the jars. */
export class RefereeUnavailable extends UserError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'RefereeUnavailable';
  }
}

export interface RefereeRuntime {
  java: string;
  /** Class path: the compiled referee, then Apache Flink's jars */
  classpath: string;
  /** The cache folder this runtime lives in */
  dir: string;
}

const SOURCE = join('src', 'main', 'java', 'dev', 'flinkpipeline', 'referee', 'Referee.java');
export const MAIN_CLASS = 'dev.flinkpipeline.referee.Referee';

/**
 * The repository's `referee/` folder: beside `dist/` for the built CLI and action, two levels
 * up from `src/referee/` when run from source.
 */
export function refereeSources(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let at = from; ; at = dirname(at)) {
    if (existsSync(join(at, 'referee', 'pom.xml'))) return join(at, 'referee');
    if (dirname(at) === at)
      throw new RefereeUnavailable(
        'the referee/ folder (pom.xml) is missing beside flink-pipeline; reinstall it',
      );
  }
}

/** The Apache Flink version the referee's pom pins. */
export function refereeFlinkVersion(): string {
  const pom = readFileSync(join(refereeSources(), 'pom.xml'), 'utf8');
  return /<flink\.version>([^<]+)<\/flink\.version>/.exec(pom)?.[1] ?? 'unknown';
}

/**
 * Where jars and the compiled referee are kept: FLINK_PIPELINE_REFEREE_CACHE, else
 * `$XDG_CACHE_HOME/flink-pipeline/referee`, else `~/.cache/flink-pipeline/referee`.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FLINK_PIPELINE_REFEREE_CACHE) return resolve(env.FLINK_PIPELINE_REFEREE_CACHE);
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  return join(base, 'flink-pipeline', 'referee');
}

/** A tool from JAVA_HOME (for java and javac) or PATH, checked by running it. */
function tool(name: 'java' | 'javac' | 'mvn', env: NodeJS.ProcessEnv): string | undefined {
  const candidates: string[] = [];
  if (name !== 'mvn' && env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, 'bin', name));
  candidates.push(name);
  for (const c of candidates) {
    const r = spawnSync(c, [name === 'mvn' ? '--version' : '-version'], {
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    if (!r.error && r.status === 0) return c;
  }
  return undefined;
}

function javaMajor(java: string, env: NodeJS.ProcessEnv): number {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return 0;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

/** Maven's coloured output without its escape sequences. */
function stripColours(line: string): string {
  return line.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
}

function lastLines(text: string, n = 3): string {
  return text
    .split('\n')
    .map((l) => stripColours(l).trim())
    .filter((l) => l && !l.startsWith('[INFO]'))
    .slice(-n)
    .join(' ');
}

/** Whether java and mvn are both here (for the tests' skip line). */
export function toolsPresent(env: NodeJS.ProcessEnv = process.env): { java: boolean; mvn: boolean } {
  return { java: !!tool('java', env) && !!tool('javac', env), mvn: !!tool('mvn', env) };
}

export interface PrepareOptions {
  env?: NodeJS.ProcessEnv;
  /** Progress for the first run's download, one line at a time */
  log?: (line: string) => void;
}

/** The runtime, resolving and compiling on first use; later calls only check files. */
export function prepareReferee(options: PrepareOptions = {}): RefereeRuntime {
  const env = options.env ?? process.env;
  const sources = refereeSources();
  const pom = join(sources, 'pom.xml');
  const source = join(sources, SOURCE);
  const key = createHash('sha256')
    .update(readFileSync(pom))
    .update('\0')
    .update(readFileSync(source))
    .digest('hex')
    .slice(0, 16);
  const root = cacheRoot(env);
  const dir = join(root, key);
  const classpathFile = join(dir, 'classpath.txt');
  const classes = join(dir, 'classes');
  const java = tool('java', env);
  if (!java) {
    throw new RefereeUnavailable(
      'the Flink referee needs Java 17 or later: `java` was not found (install a JDK or set JAVA_HOME)',
    );
  }
  const major = javaMajor(java, env);
  if (major < 17) {
    throw new RefereeUnavailable(
      `the Flink referee needs Java 17 or later; \`${java}\` is Java ${major || 'of an unknown version'} (set JAVA_HOME to a newer JDK)`,
    );
  }
  if (existsSync(classpathFile) && existsSync(classes)) {
    return { java, classpath: [classes, readFileSync(classpathFile, 'utf8').trim()].join(delimiter), dir };
  }

  const mvn = tool('mvn', env);
  if (!mvn) {
    throw new RefereeUnavailable(
      "the Flink referee needs Maven (`mvn`) once, to download Apache Flink's jars into " +
        `${root}; install Maven 3.8 or later (or set FLINK_PIPELINE_REFEREE_CACHE to a folder that holds them)`,
    );
  }
  const javac = tool('javac', env);
  if (!javac) {
    throw new RefereeUnavailable(
      'the Flink referee needs a JDK (`javac`), not only a Java runtime: install a JDK 17 or later',
    );
  }
  mkdirSync(dir, { recursive: true });
  return withLock(join(dir, 'lock'), () => {
    // Another process may have finished while this one waited.
    if (existsSync(classpathFile) && existsSync(classes)) {
      return { java, classpath: [classes, readFileSync(classpathFile, 'utf8').trim()].join(delimiter), dir };
    }
    return resolveAndCompile({
      java,
      mvn,
      javac,
      env,
      pom,
      source,
      root,
      dir,
      classpathFile,
      classes,
      log: options.log,
    });
  });
}

/**
 * One process at a time resolves and compiles into a cache folder (tests run in parallel
 * workers); a lock older than ten minutes is from a process that died and is taken over.
 */
function withLock<T>(lock: string, body: () => T): T {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      Atomics.wait(sleeper, 0, 0, 250);
    }
  }
  try {
    return body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function resolveAndCompile(p: {
  java: string;
  mvn: string;
  javac: string;
  env: NodeJS.ProcessEnv;
  pom: string;
  source: string;
  root: string;
  dir: string;
  classpathFile: string;
  classes: string;
  log?: (line: string) => void;
}): RefereeRuntime {
  const { java, mvn, javac, env, pom, source, root, dir, classpathFile, classes } = p;
  p.log?.(`referee: resolving Apache Flink's jars with Maven into ${root} (first run only)`);
  const pending = `${classpathFile}.${process.pid}`;
  const resolved = spawnSync(
    mvn,
    [
      '-B',
      '-q',
      '-f',
      pom,
      `-Dmaven.repo.local=${join(root, 'm2')}`,
      'dependency:build-classpath',
      `-Dmdep.outputFile=${pending}`,
      '-Dmdep.includeScope=runtime',
    ],
    { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 },
  );
  if (resolved.status !== 0 || !existsSync(pending)) {
    rmSync(pending, { force: true });
    throw new RefereeUnavailable(
      `could not download Apache Flink's jars with Maven (exit ${resolved.status ?? resolved.error?.message}): ` +
        `${lastLines(`${resolved.stdout}\n${resolved.stderr}`) || 'no output'}; check access to Maven Central ` +
        '(or a mirror in ~/.m2/settings.xml), then run again',
    );
  }
  const classpath = readFileSync(pending, 'utf8').trim();
  const building = `${classes}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const compiled = spawnSync(javac, ['-nowarn', '-d', building, '-cp', classpath, source], {
    encoding: 'utf8',
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (compiled.status !== 0) {
    rmSync(building, { recursive: true, force: true });
    rmSync(pending, { force: true });
    throw new RefereeUnavailable(
      `could not compile the referee (${lastLines(`${compiled.stdout}\n${compiled.stderr}`) || `exit ${compiled.status}`})`,
    );
  }
  // Another process may have finished first: either copy is the same.
  try {
    renameSync(building, classes);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  writeFileSync(pending, classpath);
  renameSync(pending, classpathFile);
  return { java, classpath: [classes, classpath].join(delimiter), dir };
}
