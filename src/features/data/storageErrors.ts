/**
 * One place that tells the person when the device refused to store something (a full disk).
 * Screens that catch a write error show it in place; anything uncaught still reaches the toast
 * through the unhandledrejection listener. Kept tiny: the layout imports it.
 */
import { isQuotaError } from '../../db/errors';

type Listener = (error: unknown) => void;
const listeners = new Set<Listener>();

export function reportStorageError(error: unknown): void {
  for (const listener of listeners) listener(error);
}

export function onStorageError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Route every uncaught QuotaExceededError (from any write) to the listeners. */
export function listenForUncaughtQuotaErrors(target: Window = window): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!isQuotaError(event.reason)) return;
    event.preventDefault();
    reportStorageError(event.reason);
  };
  const onError = (event: ErrorEvent) => {
    if (!isQuotaError(event.error)) return;
    event.preventDefault();
    reportStorageError(event.error);
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
