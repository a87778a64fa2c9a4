import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Serves the production build for the browser tests. E2E_DIST picks another build folder
 * (default dist/) and E2E_PORT a fixed port (default: any free one), so several runs can share a machine.
 */
export async function setup(project: TestProject) {
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No production build in ${outDir}/: run \`vite build\` first (npm run test:e2e does).`);
  }
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  server = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  await server?.close();
}
