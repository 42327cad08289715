import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Where spelling looks: ranges of the document, as `[from, to]` positions. */
/** Blocks above and below the window whose words are checked too, so scrolling finds them marked. */
const MARGIN_BLOCKS = 6;

/** The same ground in fewer ranges: sorted, overlapping ones joined. */
export function merged(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The ranges of `ranges` inside `visible`. */
export function within(ranges: Array<[number, number]>, [low, high]: [number, number]): Array<[number, number]> {
  return ranges.flatMap(([from, to]): Array<[number, number]> => (to < low || from > high ? [] : [[Math.max(from, low), Math.min(to, high)]]));
}

/** The part of the document on screen, widened by MARGIN_BLOCKS top-level blocks each way. */
export function visibleRange(view: EditorView): [number, number] {
  const doc = view.state.doc;
  const box = view.dom.getBoundingClientRect();
  const left = box.left + Math.min(20, box.width / 2);
  const top = view.posAtCoords({ left, top: Math.min(Math.max(box.top, 0) + 2, window.innerHeight - 1) })?.pos ?? 0;
  const bottom = view.posAtCoords({ left, top: Math.max(Math.min(box.bottom, window.innerHeight) - 2, 0) })?.pos ?? doc.content.size;
  const first = Math.max(0, doc.resolve(Math.min(top, doc.content.size)).index(0) - MARGIN_BLOCKS);
  const last = Math.min(doc.childCount, doc.resolve(Math.min(bottom, doc.content.size)).index(0) + MARGIN_BLOCKS + 1);
  let from = 0;
  for (let i = 0; i < first; i++) from += doc.child(i).nodeSize;
  let to = from;
  for (let i = first; i < last; i++) to += doc.child(i).nodeSize;
  return [from, to];
}

/** The ranges of the document a transaction changed, in the new document. */
export function changedRanges(tr: Transaction): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  tr.mapping.maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = tr.mapping.slice(index + 1);
      ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]);
    });
  });
  return ranges;
}
