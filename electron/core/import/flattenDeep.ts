import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * How deep a page is built: Chromium's HTML parser nests no deeper than 512 elements
 * (kMaximumHTMLParserDOMTreeDepth) and the importer's readers walk the tree recursively. 100,000
 * nested <div>s overflowed the stack; a browser shows them all, and so does Copydesk.
 */
const MAX_HTML_DEPTH = 512;

/**
 * Makes the tree no deeper than `max`, as a browser's parser would have built it: what lies
 * deeper becomes children of the element at that depth, in document order, with its text. Walked
 * with a stack of its own, so no depth can overflow it.
 */
export function flattenDeep(root: ParentNode, max = MAX_HTML_DEPTH): void {
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [ParentNode, number];
    if (depth >= max) {
      flattenInto(node);
      continue;
    }
    for (const child of node.childNodes) if ('childNodes' in child) stack.push([child, depth + 1]);
  }
}

/** Every descendant of `parent`, in document order, becomes one of its children. */
function flattenInto(parent: ParentNode): void {
  const flat: Node[] = [];
  const pending: Node[] = [...parent.childNodes].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    flat.push(node);
    if ('childNodes' in node) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i] as Node);
      node.childNodes = [];
    }
    (node as { parentNode: ParentNode | null }).parentNode = parent;
  }
  parent.childNodes = flat as typeof parent.childNodes;
}
