import { addNote, type ConversionNotes } from './conversionNotes';
import { all, rename } from './domParts';

const CELL_BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, dt, dd, section, article, header, footer, address, figure, figcaption, pre, hr';

/** A table of data (rows and columns of figures) rather than a page laid out with one. */
function isDataTable(table: Element, rows: Element[][]): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return false;
  if (table.querySelector('table')) return false;
  if (rows.some((row) => row.some((cell) => cell.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, figure').length > 1))) return false;
  if (table.querySelector('caption, thead, th')) return true;
  // One cell holding everything is a frame around the page, not a table of anything.
  return rows.length > 1 || rows.some((row) => row.length > 1);
}

function rowsOf(table: Element): Element[][] {
  const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
  return rows.map((row) => [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th'));
}

/**
 * A data table becomes a plain grid (merged cells split, its header row kept when it is all <th> or
 * in <thead>, each cell one line); a layout table gives its cells' content back as blocks.
 */
export function prepareTable(table: Element, doc: Document, notes: ConversionNotes): void {
  const rows = rowsOf(table);
  if (!isDataTable(table, rows)) {
    // A layout table: its cells' content, in reading order, as blocks of their own.
    const blocks = rows.flat().map((cell) => rename(cell, 'div'));
    const caption = [...table.children].find((child) => child.localName === 'caption');
    table.replaceWith(...(caption ? [rename(caption, 'p')] : []), ...blocks);
    if (rows.length > 0) addNote(notes, 'layoutTable');
    return;
  }
  const header = rows[0] !== undefined && rows[0].length > 0 && (rows[0][0]?.closest('thead') !== null || rows[0].every((cell) => cell.localName === 'th'));
  // The grid: a merged cell keeps its text in its first place, the places it covered stay empty.
  const grid: (Element | null)[][] = rows.map(() => []);
  let merged = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      const colspan = Math.min(50, Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1));
      const rowspan = Math.min(rows.length - r, Math.max(1, Number.parseInt(cell.getAttribute('rowspan') ?? '1', 10) || 1));
      if (colspan > 1 || rowspan > 1) merged++;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) (grid[r + dr] as (Element | null)[])[c + dc] = dr === 0 && dc === 0 ? cell : null;
      c += colspan;
    }
  });
  addNote(notes, 'mergedCells', merged);
  const width = Math.max(1, ...grid.map((row) => row.length));
  const fresh = doc.createElement('table');
  const caption = [...table.children].find((child) => child.localName === 'caption');
  if (caption) fresh.setAttribute('data-caption', (caption.textContent ?? '').replace(/\s+/g, ' ').trim());
  grid.forEach((row, r) => {
    const tr = doc.createElement('tr');
    for (let c = 0; c < width; c++) {
      const cell = doc.createElement(header && r === 0 ? 'th' : 'td');
      const old = row[c];
      if (old) cell.append(...cellInline(old, doc));
      tr.append(cell);
    }
    fresh.append(tr);
  });
  table.replaceWith(fresh);
}

/** A cell's content as one line of text: its blocks joined by line breaks, nested lists item by item. */
function cellInline(cell: Element, doc: Document): Node[] {
  for (const block of all(cell, CELL_BLOCKS).reverse()) {
    const parts: Node[] = [...block.childNodes];
    if (block.previousSibling && (block.previousSibling.textContent ?? '').trim() !== '') parts.unshift(doc.createElement('br'));
    block.replaceWith(...parts);
  }
  for (const list of all(cell, 'ul, ol')) list.replaceWith(...list.childNodes);
  const nodes = [...cell.childNodes];
  while (nodes[0]?.nodeType === 1 && (nodes[0] as Element).localName === 'br') nodes.shift();
  while (nodes.at(-1)?.nodeType === 1 && (nodes.at(-1) as Element).localName === 'br') nodes.pop();
  return nodes;
}
