/** The only link schemes an article may carry: anything else could run code or reach the disk. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

export function isAllowedHref(href: string): boolean {
  const trimmed = href.trim();
  // Control characters and spaces inside a scheme are how "java\tscript:" slips past naive checks;
  // the URL parser strips them, so a URL that needed stripping is refused outright.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
}
