/** Word's own styles for what the article calls a headline, a quote, bold and italic. */
const BUILT_IN = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "r[style-name='Strong'] => strong",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Intense Emphasis'] => em",
  "r[style-name='Subtle Emphasis'] => em",
];

const ON = /^(?:|1|true|on)$/;

/**
 * mammoth's style map for a document: the built-in styles above, and every character style the
 * document itself defines as bold or italic (a newsroom template's "Tên riêng", "Nhấn mạnh"), read
 * from its styles.xml, since mammoth maps styles by name and does not look inside them.
 */
export function wordStyleMap(stylesXml: string): string[] {
  const own: string[] = [];
  for (const [, attributes = '', inner = ''] of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/w:type="character"/.test(attributes)) continue;
    const name = /<w:name\s+w:val="([^"]*)"/.exec(inner)?.[1];
    if (!name || name.includes("'") || BUILT_IN.some((line) => line.includes(`'${name}'`))) continue;
    const flag = (tag: string): boolean => {
      const found = new RegExp(`<w:${tag}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner)?.[1] ?? '');
      return found !== null && ON.test(found[1] ?? '');
    };
    const bold = flag('b');
    const italic = flag('i');
    if (bold || italic) own.push(`r[style-name='${name}'] => ${bold && italic ? 'strong > em' : bold ? 'strong' : 'em'}`);
  }
  return [...BUILT_IN, ...own];
}

interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  href?: string;
  anchor?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  indent?: { start?: string | null };
}

const QUOTE_INDENT_TWIPS = 720;

function textOf(element: WordElement): string {
  return element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(textOf).join('');
}

function descendants(element: WordElement, type: string, found: WordElement[] = []): WordElement[] {
  for (const child of element.children ?? []) {
    if (child.type === type) found.push(child);
    descendants(child, type, found);
  }
  return found;
}

/**
 * mammoth's document model, mended where its HTML cannot reach: a paragraph indented from the
 * left (not a list item, no style of its own) is a quote, as reporters set them; a field-code
 * hyperlink to an anchor (`HYPERLINK "url" \l "part"`) keeps its address as `url#part`; a drop
 * cap (Word keeps it in a paragraph of its own) joins the word it begins.
 */
export function wordDocumentModel(document: WordElement): WordElement {
  for (const link of descendants(document, 'hyperlink')) {
    const anchored = /^(.*?)"\s*\\l\s*"(.*)$/.exec(link.href ?? '');
    if (anchored) link.href = `${anchored[1] ?? ''}#${anchored[2] ?? ''}`;
  }
  for (const paragraph of descendants(document, 'paragraph')) {
    const indent = Number(paragraph.indent?.start ?? 0);
    const plain = !paragraph.styleName || paragraph.styleName === 'Normal';
    if (plain && !paragraph.numbering && indent >= QUOTE_INDENT_TWIPS) paragraph.styleName = 'Quote';
  }
  joinDropCaps(document);
  return document;
}

function joinDropCaps(parent: WordElement): void {
  const children = parent.children ?? [];
  for (let i = children.length - 2; i >= 0; i--) {
    const cap = children[i] as WordElement;
    const next = children[i + 1] as WordElement;
    if (cap.type !== 'paragraph' || next.type !== 'paragraph') continue;
    if (/^\p{L}$/u.test(textOf(cap).trim()) && /^\p{Ll}/u.test(textOf(next))) {
      next.children = [...(cap.children ?? []), ...(next.children ?? [])];
      children.splice(i, 1);
    }
  }
  for (const child of children) if (child.children && child.type !== 'paragraph') joinDropCaps(child);
}
