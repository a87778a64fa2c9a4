import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../server/test/services';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;


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
