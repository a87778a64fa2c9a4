// Sync figures (issue 12), measured by server/bench/syncClients.ts on Node 22 against two real server
// instances with Redis between them and PostgreSQL storage: device A to device B (median and p95
// of 100), a room of 30 answering 40 statements and 11 pairs at once (time to converge, answers
// lost, server memory), and 200 changes queued offline (time to converge, lost).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export default async function sync({ root }) {
  const output = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'server/scripts/node22.mjs'), join(root, 'server/bench/syncClients.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`sync bench exited with ${code}`))));
  });
  const line = output.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
  return JSON.parse(line);
}
