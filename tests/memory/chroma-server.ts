/**
 * Starts a real ChromaDB server for tests, from the `chroma` CLI the chromadb npm package ships
 * (`node_modules/.bin/chroma` -> chromadb/dist/cli.mjs, which runs the server inside the native
 * chromadb-js-bindings module). Data goes to a temp folder removed on stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A running Chroma server. */
export interface ChromaServer {
  url: string;
  stop(): Promise<void>;
}

const CLI = path.resolve('node_modules/.bin/chroma');

/**
 * Runs `chroma run --path <tmp> --port <free port>` and resolves once `/api/v2/heartbeat`
 * answers; rejects with the server's output if it does not within `timeoutMs`.
 */
export async function startChromaServer(timeoutMs = 45_000): Promise<ChromaServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-chroma-'));
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'run', '--path', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await kill(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await answers(`${url}/api/v2/heartbeat`)) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`chroma did not start on port ${port}:\n${output.slice(-2000)}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
