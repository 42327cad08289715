import { iconElement, type IconName } from '../icons';

/** An element with its properties and children, in plain DOM (the node views draw no React). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/**
 * The words of a node view's tools (a figure's, a table's): written in the interface language as
 * it is now, and again by `relabel` when the reporter changes it.
 */
export class Labels<K extends string> {
  private writes: Array<() => void> = [];

  constructor(private readonly say: (key: K) => string) {}

  /** Sets a label now and again on every `relabel`. */
  add(write: () => void): void {
    write();
    this.writes.push(write);
  }

  relabel(): void {
    for (const write of this.writes) write();
  }

  /** A text of the view's own, in the current language. */
  text(key: K): Text {
    const text = document.createTextNode('');
    this.add(() => (text.data = this.say(key)));
    return text;
  }

  /** A button with its text (a key) or a drawn symbol, and its longer label; it never takes the focus from the text. */
  button(text: K | null, label: K, onClick: () => void, symbol?: IconName): HTMLButtonElement {
    const button = element('button', { type: 'button' });
    if (symbol) button.append(iconElement(symbol));
    this.add(() => {
      if (text) button.textContent = this.say(text);
      button.title = this.say(label);
      button.setAttribute('aria-label', this.say(label));
    });
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', onClick);
    return button;
  }
}
