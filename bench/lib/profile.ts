/**
 * Reads a V8 CPU profile (`node --cpu-prof` writes `*.cpuprofile`) and lists
 * the functions with the most self time, for finding the step that grows
 * faster than the page count.
 *
 *   await topSelfTime('.cache/bench/scale/x30/profile/CPU.2026...cpuprofile', 10)
 *   // ['  23.1%  12.4 s  renderPage  node_modules/astro/dist/...:120', ...]
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's file is shown from: the part after node_modules/ or the project root. */
function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(`${process.cwd()}/`, '');
}

export async function topSelfTime(path: string, count: number): Promise<string[]> {
  const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || '(anónima)'}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    totalUs += delta;
  });
  return [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${((us / totalUs) * 100).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(1).padStart(6)} s  ${key}`);
}
