/** The DOM steps `prepareHtml` and `prepareTable` share, on any standard DOM. */
export function all(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

export function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}
