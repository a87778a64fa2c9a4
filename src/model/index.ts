/** The Change Model as typed data: components, prompts, tensions, scales and vocabulary. */
export * from './types';
export * from './components';
export * from './tensions';
export * from './vocabulary';
export * from './words';
