import type { BodyNode } from '../article';
import { isAllowedHref } from '../schema/link';
import { escapeHtml } from './escape';

/** Inline content as HTML: bold, italic and links (only http, https, mailto), everything escaped. */
export function inlineHtml(nodes: BodyNode[] = []): string {
  let out = '';
  let i = 0;
  while (i < nodes.length) {
    const href = linkOf(nodes[i] as BodyNode);
    if (href === null) {
      out += leaf(nodes[i] as BodyNode);
      i++;
      continue;
    }
    // One <a> for a run of text under the same link, whatever other marks change inside it.
    let run = '';
    while (i < nodes.length && linkOf(nodes[i] as BodyNode) === href) run += leaf(nodes[i++] as BodyNode);
    out += isAllowedHref(href) ? `<a href="${escapeHtml(href)}">${run}</a>` : run;
  }
  return out;
}

function linkOf(node: BodyNode): string | null {
  const mark = node.marks?.find((candidate) => candidate.type === 'link');
  const href = mark?.attrs?.href;
  return typeof href === 'string' ? href : null;
}

function leaf(node: BodyNode): string {
  if (node.type === 'hardBreak') return '<br>';
  let html = escapeHtml(node.text ?? '');
  const types = new Set((node.marks ?? []).map((mark) => mark.type));
  if (types.has('italic')) html = `<em>${html}</em>`;
  if (types.has('bold')) html = `<strong>${html}</strong>`;
  return html;
}

/** Plain text of inline content. */
export function inlineText(nodes: BodyNode[] = []): string {
  return nodes.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? ''))).join('');
}
