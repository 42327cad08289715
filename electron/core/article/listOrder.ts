/**
 * The library's order: newest change first, then by id. ISO times and ids compare as plain strings
 * (a locale-aware compare costs ten times more, and a desk's library has thousands of rows).
 */
export function byChange(a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
