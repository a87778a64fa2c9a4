import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export async function setup() {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `vite build` first (npm run test:e2e does).');
  const port = Number(process.env.E2E_PORT ?? 4180);
  server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
}

export async function teardown() {
  await server?.close();
}
