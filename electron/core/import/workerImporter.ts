import { Worker } from 'node:worker_threads';
import type { ImportFormat } from './formats';
import { ImportError } from './importError';
import type { ImportedArticle } from './types';
import { message, type Message } from '../messages';

/** Reads a file into an article's fields: `importBytes` itself, or the same in a worker. */
export type Importer = (bytes: Uint8Array, name: string, format: ImportFormat | null) => Promise<ImportedArticle>;

export interface ImportRequest {
  bytes: Uint8Array;
  name: string;
  format: ImportFormat | null;
}

export type ImportReply = { ok: true; imported: ImportedArticle } | { ok: false; said: Message };

export interface WorkerLimits {
  /** The worker's heap. @default 1024 */
  memoryMb: number;
  /** How long one file may take. @default 120000 */
  timeoutMs: number;
}

/**
 * Imports in a worker thread of its own, one per file (`script`: the bundled importWorker.cjs):
 * parsing a large Word document or web page takes the CPU for seconds, and done on the main
 * process's event loop it stalled every request of the window meanwhile. The worker's heap is
 * bounded and its time too: a file that would take more is refused, and the app goes on.
 */
export function workerImporter(script: string, limits: WorkerLimits = { memoryMb: 1024, timeoutMs: 120_000 }): Importer {
  return (bytes, name, format) =>
    new Promise<ImportedArticle>((resolve, reject) => {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
        settle();
      };
      const timer = setTimeout(() => finish(() => reject(new ImportError(message('importTookTooLong', { name, seconds: Math.round(limits.timeoutMs / 1000) })))), limits.timeoutMs);
      worker.once('message', (reply: ImportReply) => finish(() => (reply.ok ? resolve(reply.imported) : reject(new ImportError(reply.said)))));
      worker.once('error', (error: NodeJS.ErrnoException) => {
        const said = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? message('importOutOfMemory', { name }) : message('docxDamaged', { name, reason: error.message });
        finish(() => reject(new ImportError(said)));
      });
      worker.once('exit', (code) => finish(() => reject(new ImportError(message('docxDamaged', { name, reason: `the import stopped (${code})` })))));
      worker.postMessage({ bytes, name, format } satisfies ImportRequest);
    });
}
