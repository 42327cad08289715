import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import type { Messages } from '../../electron/i18n';
import { element, Labels } from './viewParts';

export type TableText = keyof Messages['table'];

export interface TableViewOptions {
  /** A string of the table's tools, in the interface language as it is now. */
  text(key: TableText): string;
}

/** Tables in an editor now, to label again when the interface language changes. */
const live = new Set<TableView>();

export function relabelTables(): void {
  for (const view of live) view.relabel();
}

/**
 * A table in the editor, in plain DOM: its caption field and tools above the grid (add or remove a
 * row or column where the cursor is, header row on or off, remove the table), the cells edited in
 * place. The grid scrolls sideways on its own when it is wider than the page.
 */
export class TableView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly tools: HTMLElement;
  private readonly caption: HTMLInputElement;
  private readonly labels: Labels<TableText>;

  constructor(
    private node: PmNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
    options: TableViewOptions,
  ) {
    this.labels = new Labels((key) => options.text(key));
    this.caption = element('input', { type: 'text', className: 'table-caption' });
    this.labels.add(() => (this.caption.placeholder = options.text('captionPlaceholder')));
    this.caption.addEventListener('input', () => this.setCaption(this.caption.value));
    this.caption.addEventListener('keydown', (event) => {
      // Enter or Down goes into the first cell, as it would from a line above.
      if (event.key === 'Enter' || event.key === 'ArrowDown') {
        event.preventDefault();
        this.intoCell('first');
        this.editor.view.focus();
      }
    });
    const labelled = element('label', { className: 'table-caption-field' }, element('span', {}, this.labels.text('caption')), this.caption);
    const buttons = element(
      'div',
      { className: 'table-buttons' },
      this.labels.button('addRow', 'addRowLabel', () => this.run('last', (chain) => chain.addRowAfter())),
      this.labels.button('addColumn', 'addColumnLabel', () => this.run('last', (chain) => chain.addColumnAfter())),
      this.labels.button('removeRow', 'removeRowLabel', () => this.run('last', (chain) => chain.deleteRow())),
      this.labels.button('removeColumn', 'removeColumnLabel', () => this.run('last', (chain) => chain.deleteColumn())),
      this.labels.button('headerRow', 'headerRowLabel', () => this.run('first', (chain) => chain.toggleHeaderRow())),
      this.labels.button('remove', 'removeLabel', () => this.remove()),
    );
    this.tools = element('div', { className: 'table-tools', contentEditable: 'false' }, labelled, buttons);
    this.contentDOM = element('tbody');
    this.dom = element('div', { className: 'table-block' }, this.tools, element('div', { className: 'table-scroll' }, element('table', {}, this.contentDOM)));
    live.add(this);
    this.render();
  }

  relabel(): void {
    this.labels.relabel();
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  destroy(): void {
    live.delete(this);
  }

  /** Keys, clicks and typing in the caption and tools belong to them, not to the editor. */
  stopEvent(event: Event): boolean {
    return event.target instanceof Node && this.tools.contains(event.target);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  private render(): void {
    const caption = String(this.node.attrs.caption ?? '');
    // Never rewrite the field under the reporter's cursor (or their input method's composition).
    if (document.activeElement !== this.caption && this.caption.value !== caption) this.caption.value = caption;
  }

  private setCaption(value: string): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    this.editor.view.dispatch(this.editor.state.tr.setNodeAttribute(pos, 'caption', value.replace(/\s+/g, ' ').trimStart()));
  }

  /**
   * Runs a table command where the cursor is; with the cursor elsewhere (in the caption, or
   * outside the table), in the table's first or last cell.
   */
  private run(fallback: 'first' | 'last', command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const { from, to } = this.editor.state.selection;
    if (from <= pos || to >= pos + this.node.nodeSize) this.intoCell(fallback);
    command(this.editor.chain().focus()).run();
  }

  /** Puts the cursor in the table's first or last cell. */
  private intoCell(which: 'first' | 'last'): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const { doc } = this.editor.state;
    // Inside table > row > cell > paragraph: four steps in from the table's start or end.
    const at = which === 'first' ? pos + 4 : pos + this.node.nodeSize - 4;
    this.editor.view.dispatch(this.editor.state.tr.setSelection(TextSelection.near(doc.resolve(at), which === 'first' ? 1 : -1)));
  }

  private remove(): void {
    const pos = this.getPos();
    if (pos !== undefined)
      this.editor
        .chain()
        .focus()
        .deleteRange({ from: pos, to: pos + this.node.nodeSize })
        .run();
  }
}
