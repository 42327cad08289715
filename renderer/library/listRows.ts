import { byChange } from '../../electron/core/article/listOrder';
import type { ArticleSummary } from '../../electron/core/article/schema';

/** Whether two lists show the same rows (what a reload of the list would change on screen). */
export function sameRows(a: ArticleSummary[], b: ArticleSummary[]): boolean {
  return a.length === b.length && a.every((row, i) => {
    const other = b[i];
    return other !== undefined && row.id === other.id && row.revision === other.revision && row.updatedAt === other.updatedAt && row.damaged === other.damaged && row.headline === other.headline && row.status === other.status && row.wordCount === other.wordCount;
  });
}

/** The list with this row put in its place: first, as a save makes it, without sorting the rest again. */
export function withRow(list: ArticleSummary[] | null, summary: ArticleSummary): ArticleSummary[] {
  const rest = (list ?? []).filter((item) => item.id !== summary.id);
  const first = rest[0];
  if (!first || byChange(summary, first) <= 0) return [summary, ...rest];
  return [...rest, summary].sort(byChange);
}
