import { execFileSync } from 'node:child_process';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { exportHtml, exportMarkdown } from '../../../electron/core/export';
import type { Article } from '../../../electron/core/article';
import { Library } from '../../../electron/core/library';
import { dispatch, libraryHandlers } from '../../../electron/handlers';
import { SEARCH_OPTIONS, queryTerms, queryTree, searchDocument, type SearchDocument } from '../../../electron/core/search';
import { libraryOf, libraryWithBigArticle } from '../fixtures';
import { sideBySide, time } from '../stats';
import type { BenchCase, Settings } from '../types';
import { scratch, step } from './common';

/** What Library.save must beat: the same bytes, written the durable way by hand. */
async function rawDurableWrite(path: string, data: string): Promise<void> {
  const temp = `${path}.raw-tmp`;
  const handle = await open(temp, 'w');
  await handle.writeFile(data);
  await handle.sync();
  await handle.close();
  await rename(temp, path);
  const dir = await open(join(path, '..'), 'r');
  await dir.sync();
  await dir.close();
}

/**
 * Autosaves as the app makes them while a reporter types in the middle of the article: each
 * carries the paragraph typed in (the app sends the blocks that changed), through the bridge's
 * handler, payload check included. `lastBody` is the whole body after the last one, for the
 * baseline to write the same bytes.
 */
function autosaves(library: Library, article: Article): { save(): Promise<void>; lastBody(): unknown } {
  const handlers = libraryHandlers(library, { exportsFolder: join(library.root, 'exports') });
  const content = article.body.content;
  const middle = content.findIndex((node, i) => i >= content.length / 2 && node.type === 'paragraph');
  const typed = content[middle] as { type: string; content: { type: string; text: string }[] };
  let revision = article.revision;
  let next = 0;
  let body: unknown = article.body;
  return {
    async save() {
      const paragraph = { type: 'paragraph', content: [{ type: 'text', text: `${typed.content[0]?.text ?? ''} thêm ${next++}` }] };
      const result = await dispatch(handlers, 'saveArticle', { id: article.id, baseRevision: revision, patch: { bodyChange: { at: middle, remove: 1, insert: [paragraph], length: content.length } } });
      if (!result.ok) throw new Error(result.error.message);
      revision = (result.value as { revision: number }).revision;
      body = { type: 'doc', content: [...content.slice(0, middle), paragraph, ...content.slice(middle + 1)] };
    },
    lastBody: () => body,
  };
}

export async function coreCases(settings: Settings): Promise<BenchCase[]> {
  const results: BenchCase[] = [];
  const cleanup: string[] = [];
  // Closed before the next cases run: their coalesced writes must not land in another case's time.
  const opened: Library[] = [];
  try {
    step('save-20k');
    // save-20k: one autosave of a 20,000-word article with 30 photos.
    const root20k = await scratch();
    cleanup.push(root20k);
    const { library: lib20k, article: a20k } = await libraryWithBigArticle(root20k, 20_000, 30);
    opened.push(lib20k);
    const raw = join(root20k, 'raw.json');
    const typing = autosaves(lib20k, a20k);
    // Three times the runs: the tail of an fsync is what p95 measures, and it varies.
    const save = await sideBySide(typing.save, () => rawDurableWrite(raw, JSON.stringify({ ...a20k, body: typing.lastBody() }, null, 2)), settings.runs * 3);
    results.push({
      name: 'save-20k',
      metric: 'save p95',
      unit: 'ms',
      ours: save.ours.p95,
      baseline: save.baseline.p95,
      baselineName: 'raw write + fsync + rename of the same bytes',
      budget: { ratio: 1.3 },
      detail: save,
    });

    step('save-in-big-library');
    // save-in-big-library: the same save among 10,000 articles, against among 10.
    const small = await scratch();
    const big = await scratch();
    cleanup.push(small, big);
    const { article: smallArticle } = await libraryWithBigArticle(small, 20_000, 30);
    await libraryOf(join(small), 10);
    const smallOpen = await Library.open({ root: small, deferIndexWrites: true, checkFiles: false });
    const bigCount = settings.quick ? 2000 : 10_000;
    await libraryOf(big, bigCount);
    const { article: bigArticle20k } = await libraryWithBigArticle(big, 20_000, 30);
    const bigOpen = await Library.open({ root: big, deferIndexWrites: true, checkFiles: false });
    opened.push(smallOpen, bigOpen);
    const inBig = await sideBySide(autosaves(bigOpen, bigArticle20k).save, autosaves(smallOpen, smallArticle).save, settings.runs * 3);
    results.push({
      name: 'save-in-big-library',
      metric: 'save p95',
      unit: 'ms',
      ours: inBig.ours.p95,
      baseline: inBig.baseline.p95,
      baselineName: `the same save among 10 articles (ours among ${bigCount})`,
      budget: { ratio: 1.1 },
      detail: inBig,
    });

    step('list-10k');
    // list-10k: cold open until the list is ready, against reading and parsing the index alone.
    const list = await sideBySide(
      // As the app opens a library: the list from the index, the files checked once it shows.
      async () => (await Library.open({ root: big, deferIndexWrites: true, checkFiles: false })).list(),
      async () => JSON.parse(await readFile(join(big, 'library.json'), 'utf8')),
      settings.runs,
      1,
    );
    results.push({
      name: 'list-10k',
      metric: 'open p95',
      unit: 'ms',
      ours: list.ours.p95,
      baseline: list.baseline.p95,
      baselineName: 'read + JSON.parse of library.json',
      budget: { ratio: 1.5, absolute: 300 },
      detail: list,
    });

    step('search-10k');
    // search-10k: accent-free queries over the big library, against raw MiniSearch on the same texts.
    const queries = ['nguyen van', 'thanh pho', 'kinh te', 'dien bien', 'truong hoc', 'quoc hoi', 'nong dan', 'tieng viet'];
    // The engine alone: MiniSearch holding the same fields of the same articles, asked the same query.
    const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    engine.addAll(await Promise.all(bigOpen.list().map(async (summary) => searchDocument(await bigOpen.get(summary.id)))));
    await bigOpen.finder.find('x');
    // Each pair runs the same query; the query changes from pair to pair.
    let q = 0;
    const search = await sideBySide(
      () => bigOpen.finder.find(queries[q % queries.length] as string),
      () => engine.search(queryTree(queryTerms(queries[q++ % queries.length] as string))),
      settings.runs * 8,
    );
    results.push({
      name: 'search-10k',
      metric: 'query p95',
      unit: 'ms',
      ours: search.ours.p95,
      baseline: search.baseline.p95,
      baselineName: 'raw MiniSearch, same fields and query',
      budget: { ratio: 1.2, absolute: 30 },
      detail: search,
    });
    // Then the passages of the 50 shown, read from the article files (not budgeted: shown as they come).
    const shown = await Promise.all(queries.map(async (query) => ({ query, ids: (await bigOpen.finder.find(query)).map((hit) => hit.id) })));
    const passages = await time(() => {
      const { query, ids } = shown[q++ % shown.length] as { query: string; ids: string[] };
      return bigOpen.finder.passages(query, ids);
    }, settings.runs * 2);
    results.push({ name: 'search-10k', metric: 'passages p95', unit: 'ms', ours: passages.p95, baseline: null, baselineName: 'for the 50 hits shown; not budgeted', budget: {}, detail: passages });

    step('Exports');
    // Exports: against pandoc converting the same content, where pandoc is installed.
    const readMedia = (src: string) => readFile(join(root20k, 'articles', a20k.id, src));
    const article20k = await lib20k.get(a20k.id);
    const html = String((await exportHtml(article20k, { readMedia })).files[0]?.data);
    const htmlFile = join(root20k, 'in.html');
    await (await import('node:fs/promises')).writeFile(htmlFile, html);
    const pandoc = hasPandoc();
    for (const [name, exporter] of [
      ['export-html-20k', exportHtml],
      ['export-md-20k', exportMarkdown],
    ] as const) {
      const ours = await time(() => exporter(article20k, { readMedia }), settings.runs);
      const base = pandoc ? await time(() => execFileSync('pandoc', ['-f', 'html', '-t', 'commonmark', htmlFile, '-o', join(root20k, 'out.md')]), Math.max(3, Math.floor(settings.runs / 2)), 1) : null;
      results.push({
        name,
        metric: 'export median',
        unit: 'ms',
        ours: ours.median,
        baseline: base?.median ?? null,
        baselineName: pandoc ? 'pandoc HTML → Markdown' : 'pandoc (not installed)',
        budget: { ratio: 0.5 },
        detail: { ours, baseline: base },
      });
    }

    step('export-scaling');
    // export-scaling: 50,000 words against 20,000.
    const root50k = await scratch();
    cleanup.push(root50k);
    const { library: lib50k, article: a50k } = await libraryWithBigArticle(root50k, 50_000, 30);
    const article50k = await lib50k.get(a50k.id);
    const scaling = await sideBySide(
      () => exportHtml(article50k, { readMedia: (src) => readFile(join(root50k, 'articles', a50k.id, src)) }),
      () => exportHtml(article20k, { readMedia }),
      settings.runs,
    );
    results.push({
      name: 'export-scaling',
      metric: 'export median',
      unit: 'ms',
      ours: scaling.ours.median,
      baseline: scaling.baseline.median,
      baselineName: 'the same export at 20,000 words',
      budget: { ratio: 2.7 },
      detail: scaling,
    });
    // The Markdown export grows with the article as the HTML one does (prosemirror-markdown's
    // serializer alone grows with its square: it reads its whole output after each write).
    const markdownScaling = await sideBySide(
      () => exportMarkdown(article50k, { readMedia: (src) => readFile(join(root50k, 'articles', a50k.id, src)) }),
      () => exportMarkdown(article20k, { readMedia }),
      settings.runs,
    );
    results.push({
      name: 'export-md-scaling',
      metric: 'export median',
      unit: 'ms',
      ours: markdownScaling.ours.median,
      baseline: markdownScaling.baseline.median,
      baselineName: 'the same export at 20,000 words',
      budget: { ratio: 2.7 },
      detail: markdownScaling,
    });
  } finally {
    for (const library of opened) await library.close();
    await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
  }
  return results;
}

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
