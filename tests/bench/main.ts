import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { browserCases } from './cases/browser';
import { coreCases } from './cases/core';
import type { BenchCase } from './types';

/** The benchmark suite: every case beside its baseline, in the same run on the same machine. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, out: { type: 'string' }, only: { type: 'string' } }, strict: true });
  const settings = { quick: values.quick === true, runs: values.quick ? 8 : 30 };
  const started = Date.now();
  const cases: BenchCase[] = [];
  // The browser cases first, while this process's heap is small: the core cases leave a large one
  // behind (a 10,000-article search index), whose collection would stall the harness mid-keystroke.
  if (values.only !== 'core') cases.push(...(await browserCases(settings)));
  if (values.only !== 'browser') cases.push(...(await coreCases(settings)));
  const order = [
    'typing-20k',
    'typing-50k',
    'open-20k',
    'save-20k',
    'save-in-big-library',
    'list-10k',
    'search-10k',
    'export-html-20k',
    'export-md-20k',
    'export-scaling',
    'export-md-scaling',
    'startup',
    'memory-20k',
  ];
  cases.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const rows = cases.map((row) => {
    const ratio = row.baseline === null ? null : row.ours / row.baseline;
    const budgeted = row.budget.ratio !== undefined || row.budget.absolute !== undefined;
    const pass = !budgeted ? null : (row.budget.ratio === undefined || (ratio !== null && ratio <= row.budget.ratio)) && (row.budget.absolute === undefined || row.ours <= row.budget.absolute);
    return {
      name: row.name,
      metric: row.metric,
      unit: row.unit,
      ours: round(row.ours),
      baseline: row.baseline === null ? null : round(row.baseline),
      baselineName: row.baselineName,
      ratio: ratio === null ? null : round(ratio),
      budget: row.budget,
      pass,
      detail: row.detail,
    };
  });
  const machine = {
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
    quick: settings.quick,
    runs: settings.runs,
  };
  process.stdout.write(`\n${'case'.padEnd(22)}${'metric'.padEnd(16)}${'ours'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(8)}  budget          pass\n`);
  for (const row of rows) {
    const budget = [row.budget.ratio === undefined ? '' : `≤${row.budget.ratio}×`, row.budget.absolute === undefined ? '' : `≤${row.budget.absolute} ${row.unit}`].filter(Boolean).join(', ');
    process.stdout.write(
      `${row.name.padEnd(22)}${row.metric.padEnd(16)}${String(row.ours).padStart(10)}${String(row.baseline ?? '–').padStart(10)}${String(row.ratio ?? '–').padStart(8)}  ${budget.padEnd(16)}${row.pass === null ? '–' : row.pass ? 'yes' : 'NO'}\n`,
    );
  }
  const out = values.out ?? 'bench-results.json';
  await writeFile(out, `${JSON.stringify({ machine, cases: rows }, null, 2)}\n`);
  process.stdout.write(`\nWritten to ${out}\n`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
