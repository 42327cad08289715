/**
 * The import worker's entry (bundled as importWorker.cjs beside the app's and the harness's main
 * script): it reads one file into an article's fields, away from the event loop that answers the
 * window, and within the memory the worker was given. See workerImporter.
 */
import { parentPort } from 'node:worker_threads';
import { importBytes } from './index';
import type { ImportRequest, ImportReply } from './workerImporter';
import { MessageError, errorText, message } from '../messages';

parentPort?.on('message', (request: ImportRequest) => {
  importBytes(request.bytes, request.name, request.format).then(
    (imported) => {
      const reply: ImportReply = { ok: true, imported };
      parentPort?.postMessage(reply, [...new Set(imported.photos.map((photo) => photo.bytes.buffer as ArrayBuffer))]);
    },
    (error: unknown) => {
      const reply: ImportReply = { ok: false, said: error instanceof MessageError ? error.said : message('docxDamaged', { name: request.name, reason: errorText(error) }) };
      parentPort?.postMessage(reply);
    },
  );
});
