/**
 * Runs a command and measures it: wall time, and peak memory of the whole
 * process tree (the command and everything it starts: Astro's workers,
 * Chromium's renderers, the Pagefind binary).
 *
 * Memory is sampled from /proc every `sampleIntervalMs`: the sum of PSS
 * (proportional set size: shared pages divided among the processes sharing
 * them, so five Chromium renderers do not count the browser's code five
 * times) over the tree, and the largest RSS of a single process (what
 * `/usr/bin/time -v` calls "Maximum resident set size"). A peak shorter than
 * one interval can be missed; the figures are a lower bound.
 *
 *   const step = await measure('astro', ['node_modules/.bin/astro', 'build'], { env });
 *   // { label: 'astro', seconds: 13.2, peakPssMb: 910, peakRssMb: 812, ... }
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Often enough to see Astro's render peak (seconds long), rarely enough to cost nothing on 2 cores. */
export const sampleIntervalMs = 250;

export interface StepResult {
  label: string;
  command: string;
  seconds: number;
  /** Peak of the summed PSS of the process tree, MB. */
  peakPssMb: number;
  /** Peak RSS of the single largest process of the tree, MB. */
  peakRssMb: number;
  /** Most processes seen at once in the tree. */
  peakProcesses: number;
  /** 1-minute load average when the step started and ended. */
  loadBefore: number;
  loadAfter: number;
  exitCode: number;
  /** Last lines of stdout+stderr, for the report and for errors. */
  tail: string[];
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Print the command's output as it runs. */
  echo?: boolean;
  /** Throw when the command exits non-zero (default true). */
  check?: boolean;
}

/** Lines of output kept for the report. */
const tailLines = 40;

export async function measure(label: string, argv: readonly string[], options: MeasureOptions = {}): Promise<StepResult> {
  const [command, ...args] = argv;
  if (!command) throw new Error(`measure(${label}): empty command`);
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (options.echo) process.stderr.write(text);
    output.push(...text.split('\n').filter((line) => line.trim() !== ''));
    if (output.length > tailLines * 4) output.splice(0, output.length - tailLines);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let peakPssKb = 0;
  let peakRssKb = 0;
  let peakProcesses = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    let pss = 0;
    for (const pid of tree) {
      const memory = memoryOf(pid);
      pss += memory.pssKb;
      peakRssKb = Math.max(peakRssKb, memory.rssKb);
    }
    peakPssKb = Math.max(peakPssKb, pss);
    peakProcesses = Math.max(peakProcesses, tree.length);
  };
  const timer = setInterval(sample, sampleIntervalMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const result: StepResult = {
    label,
    command: argv.join(' '),
    seconds,
    peakPssMb: peakPssKb / 1024,
    peakRssMb: peakRssKb / 1024,
    peakProcesses,
    loadBefore,
    loadAfter: loadavg()[0] ?? 0,
    exitCode,
    tail: output.slice(-tailLines),
  };
  if (exitCode !== 0 && options.check !== false) {
    throw new Error(`${label}: \`${result.command}\` exited with ${exitCode}:\n${result.tail.join('\n')}`);
  }
  return result;
}

/** `pid` and all its descendants, from the parent pid in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid === null) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const tree: number[] = [];
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * The parent of a process. /proc/<pid>/stat is `pid (comm) state ppid ...`;
 * `comm` may hold spaces and parentheses, so parse after the last `)`.
 */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null; // the process ended between readdir and read
  }
}

function memoryOf(pid: number): { pssKb: number; rssKb: number } {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { pssKb: field(rollup, 'Pss'), rssKb: field(rollup, 'Rss') };
  } catch {
    return { pssKb: 0, rssKb: 0 };
  }
}

function field(text: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

/** The machine the figures were taken on, for the report. */
export function machine(): { cpus: number; cpuModel: string; memoryGb: number; freeGb: number; node: string; load: number[] } {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: totalmem() / 2 ** 30,
    freeGb: freemem() / 2 ** 30,
    node: process.version,
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** `12.3 s  910 MB` for a step. */
export function formatStep(step: StepResult): string {
  return `${step.seconds.toFixed(1).padStart(7)} s  ${step.peakPssMb.toFixed(0).padStart(6)} MB PSS (mayor proceso ${step.peakRssMb.toFixed(0)} MB RSS)  carga ${step.loadBefore.toFixed(1)}→${step.loadAfter.toFixed(1)}`;
}
