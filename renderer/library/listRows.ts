import { byChange } from '../../electron/core/article/listOrder';
import type { ArticleSummary } from '../../electron/core/article/schema';

/** The list with this row put in its place: first, as a save makes it, without sorting the rest again. */
export function withRow(list: ArticleSummary[] | null, summary: ArticleSummary): ArticleSummary[] {
  const rest = (list ?? []).filter((item) => item.id !== summary.id);
  const first = rest[0];
  if (!first || byChange(summary, first) <= 0) return [summary, ...rest];
  return [...rest, summary].sort(byChange);
}
