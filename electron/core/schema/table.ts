import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

/**
 * A cell holds one paragraph (text with bold, italic and links): what a results table, a price
 * list or a statistics box in a news article carries, and what a GFM pipe table and wire text can
 * write back exactly. Spans and widths are never read: the importers split merged cells (see
 * `prepareHtml`), so every table is a plain grid in every format.
 */
const cellAttributes = () => ({
  colspan: { default: 1, parseHTML: () => 1 },
  rowspan: { default: 1, parseHTML: () => 1 },
  colwidth: { default: null, parseHTML: () => null, rendered: false },
});

export const BodyTableCell = TableCell.extend({
  content: 'paragraph',
  addAttributes: cellAttributes,
});

/** Header cells, only in a table's first row (the shape GFM, NITF and every CMS know). */
export const BodyTableHeader = TableHeader.extend({
  content: 'paragraph',
  addAttributes: cellAttributes,
});

export const BodyTableRow = TableRow;

/** A table with an optional caption ("Kết quả bầu cử theo tỉnh"), kept as text on the table. */
export const BodyTable = Table.extend({
  addAttributes() {
    return {
      caption: {
        default: '',
        parseHTML: (element: HTMLElement) =>
          (element.getAttribute('data-caption') ?? [...element.children].find((child) => child.localName === 'caption')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        rendered: false,
      },
    };
  },

  parseHTML() {
    // The caption is the table's attribute: its text must not also land in a cell.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }];
  },

  renderHTML({ node }) {
    const caption = String(node.attrs.caption ?? '');
    return caption ? ['table', {}, ['caption', {}, caption], ['tbody', 0]] : ['table', {}, ['tbody', 0]];
  },
}).configure({ resizable: false });
