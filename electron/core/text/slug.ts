import { foldAccents } from './fold';

/**
 * A file-name-safe slug: "Tổng Bí thư làm việc tại Điện Biên" → "tong-bi-thu-lam-viec-tai-dien-bien".
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
