import type { Plugin } from 'vite';
export function prerender(options: { root: string }): Plugin[];
