import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'zk.js');
const PROBE = path.join(__dirname, 'rss-probe.js');

export interface ZkRun {
  code: number | null;
  out: string;
  err: string;
  /** Peak resident memory of the zk process, in MB (process.resourceUsage().maxRSS). */
  maxRssMb: number;
}

/** Runs `node bin/zk.js …` as a child process in `cwd` and measures its peak memory. */
export function zkProcess(args: readonly string[], cwd: string): Promise<ZkRun> {
  const probeDir = mkdtempSync(path.join(tmpdir(), 'zk-rss-'));
  const rssFile = path.join(probeDir, 'rss');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', PROBE, BIN, ...args], { cwd, env: { ...process.env, ZK_RSS_FILE: rssFile, NODE_OPTIONS: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      let kb = NaN;
      try {
        kb = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // No probe output: the process died before exit handlers ran; NaN fails any bound.
      }
      rmSync(probeDir, { recursive: true, force: true });
      resolve({ code, out, err, maxRssMb: kb / 1024 });
    });
  });
}
