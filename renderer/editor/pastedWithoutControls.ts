import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { inlineText } from '../../electron/core/text/controls';

/**
 * What is pasted comes in without control characters, as the library would store it: copied from
 * a terminal, a PDF or a hostile page, a text can carry ESC sequences, NULs and C1 controls, and
 * an HTML page can spell them as entities (`&#27;`), past any cleaning of the markup itself.
 */
export function pastedWithoutControls(slice: Slice): Slice {
  return new Slice(cleanFragment(slice.content), slice.openStart, slice.openEnd);
}

function cleanFragment(fragment: Fragment): Fragment {
  let changed = false;
  const nodes: PmNode[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      const text = inlineText(node.text ?? '');
      if (text !== node.text) changed = true;
      if (text !== '') nodes.push(text === node.text ? node : node.type.schema.text(text, node.marks));
      return;
    }
    const content = cleanFragment(node.content);
    if (content !== node.content) changed = true;
    nodes.push(content === node.content ? node : node.copy(content));
  });
  return changed ? Fragment.fromArray(nodes) : fragment;
}
