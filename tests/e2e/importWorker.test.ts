import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importBytes, workerImporter } from '../../electron/core/import';
import { DOCX_HEAD, DOCX_TAIL, deflatedPart, docxFrame, docxParagraph, repeatedPart, zipOf } from '../helpers/zipFile';
import { repoRoot, startWorkstation, type Workstation } from './harness';

let workstation: Workstation | undefined;
afterEach(async () => {
  await workstation?.close();
  workstation = undefined;
});

async function call(station: Workstation, verb: string, payload: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  const reply = await fetch(`http://127.0.0.1:${station.server.port}/api/${verb}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': station.server.token },
    body: JSON.stringify(payload),
  });
  return (await reply.json()) as { ok: boolean; error?: { message: string } };
}

/** A real, long Word document (some 30 MB of text, packed no tighter than Word packs): seconds of parsing. */
function longDocument(): Buffer {
  const words = randomBytes(600).toString('base64').replace(/[+/=]/g, ' ');
  const chunk = Array.from({ length: 40 }, (_, i) => docxParagraph(`${i} ${words}`)).join('');
  return zipOf([...docxFrame(), repeatedPart('word/document.xml', DOCX_HEAD, chunk, Math.ceil((30 * 1024 * 1024) / chunk.length), DOCX_TAIL)]);
}

describe('an import that takes the CPU for seconds', () => {
  it('runs beside the window: the event loop that answers it is never held for long, and the import ends with a clear word', async () => {
    workstation = await startWorkstation();
    const station = workstation;
    await station.library.create({ headline: 'Đã có sẵn' });
    // How long, at most, the process serving the window could not answer while the import ran:
    // measured against the import's own length in the same run, not against a clock budget.
    const held = monitorEventLoopDelay({ resolution: 10 });
    held.enable();
    const started = performance.now();
    const imported = await call(station, 'importArticle', { name: 'dai.docx', data: longDocument().toString('base64') });
    const took = performance.now() - started;
    held.disable();
    const longestHold = held.max / 1e6;
    // Parsed in this process, the document held it for nearly the whole import (5.0 of 5.9 s).
    expect(longestHold, `held ${Math.round(longestHold)} ms of ${Math.round(took)} ms`).toBeLessThan(took / 5);
    // Far longer than any article: refused with the reason, the library as it was, and still answering.
    expect(imported.ok ? 'imported' : imported.error?.message).toMatch(/too large to save|needed more memory/);
    expect(await call(station, 'listArticles', {})).toMatchObject({ ok: true });
    expect(station.library.list().map((row) => row.headline)).toEqual(['Đã có sẵn']);
  });
});

describe('the import worker', () => {
  const script = join(repoRoot, 'dist/web/importWorker.cjs');

  it('reads what importBytes reads, photos and all', async () => {
    const file = zipOf([...docxFrame(), deflatedPart('word/document.xml', DOCX_HEAD + docxParagraph('Tin ngắn về lũ.') + DOCX_TAIL)]);
    const viaWorker = await workerImporter(script)(file, 'ngan.docx', 'docx');
    expect(viaWorker).toEqual(await importBytes(file, 'ngan.docx', 'docx'));
  });

  it.each([
    ['more memory than it was given', { memoryMb: 48, timeoutMs: 120_000 }, /^dai\.docx needed more memory to read than an article may take/],
    ['longer than it may', { memoryMb: 1024, timeoutMs: 2000 }, /^dai\.docx took more than 2 seconds to read/],
  ])('refuses a file that needs %s, with the reason, and the process goes on', async (_name, limits, said) => {
    await expect(workerImporter(script, limits)(longDocument(), 'dai.docx', 'docx')).rejects.toMatchObject({ name: 'ImportError', message: expect.stringMatching(said) });
  });
});
