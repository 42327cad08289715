import type { Node as PmNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/core';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { figureGaps, type FigureAttributes, type FigureGap } from '../../electron/core/schema/figure';
import type { Messages } from '../../electron/i18n';
import { element, Labels } from './viewParts';

export type FigureText = keyof Messages['figure'];

export interface FigureViewOptions {
  /** The URL the editor loads a stored photo from. */
  mediaUrl(src: string): string;
  /** Opens the file picker to put a (new) photo in the figure at `pos`. */
  choosePhoto(pos: number): void;
  /** A string of the figure's, in the interface language as it is now (`gaps` fills "Missing: …"). */
  text(key: FigureText, gaps?: string): string;
}

const GAP_TEXT: Record<FigureGap, FigureText> = { photo: 'gapPhoto', caption: 'gapCaption', credit: 'gapCredit', alt: 'gapAlt' };

/** Figures in an editor now, to label again when the interface language changes. */
const live = new Set<FigureView>();

/** Writes every figure's labels again, in the interface language as it now is. */
export function relabelFigures(): void {
  for (const view of live) view.relabel();
}

/**
 * Opening a long article draws the tools and fields of the figures near its top at once (they are
 * on screen); the others get theirs in the moments the reporter is not typing, in document order,
 * within a fraction of a second. Matches the first blocks the stylesheet draws at once
 * (paragraphs from the 24th wait in figures.css).
 */
const FIRST_DRAWN_BLOCKS = 24;

const waiting = new Set<FigureView>();
let idleCall: number | null = null;
let whenDone: Array<() => void> = [];

/** A few milliseconds at a time: a key pressed meanwhile waits no longer than that. */
const SLICE_MS = 4;

function drawWaiting(deadline: IdleDeadline): void {
  idleCall = null;
  const end = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 1));
  for (const view of waiting) {
    waiting.delete(view);
    view.draw();
    if (performance.now() >= end) break;
  }
  if (waiting.size > 0) {
    idleCall = requestIdleCallback(drawWaiting, { timeout: 200 });
    return;
  }
  const callbacks = whenDone;
  whenDone = [];
  for (const callback of callbacks) callback();
}

function drawLater(view: FigureView): void {
  waiting.add(view);
  idleCall ??= requestIdleCallback(drawWaiting, { timeout: 200 });
}

/** Calls `callback` once every figure has its tools and fields; returns a way to call it off. */
export function whenFiguresDrawn(callback: () => void): () => void {
  if (waiting.size === 0) {
    const call = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(call);
  }
  whenDone.push(callback);
  return () => {
    whenDone = whenDone.filter((other) => other !== callback);
  };
}

interface Parts {
  photo: HTMLElement;
  gaps: HTMLElement;
  preview: HTMLElement;
  fields: Record<'credit' | 'agency' | 'alt', HTMLInputElement | HTMLTextAreaElement>;
  /** The parts that are not the caption: their events and changes are the figure's own. */
  chrome: HTMLElement[];
}

/**
 * A figure in the editor, in plain DOM (no React per node): the photo with its tools, the caption
 * edited in place, and the credit, agency and alt fields beside it. What the figure still lacks is
 * marked on it.
 */
export class FigureView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private parts: Parts | null = null;
  /** The figure's tools and fields, labelled in the current language. */
  private readonly labels: Labels<FigureText>;
  /** What stands for the photo while there is none (made once: a photo can go and come back). */
  private awaiting: HTMLElement | null = null;

  constructor(
    private node: PmNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
    private readonly options: FigureViewOptions,
  ) {
    this.contentDOM = element('figcaption', { className: 'figure-caption' });
    this.dom = element('figure', { className: 'figure-block' }, this.contentDOM);
    this.contentDOM.dataset.label = options.text('caption');
    this.labels = new Labels((key) => options.text(key));
    live.add(this);
    const pos = getPos();
    const opening = !editor.isInitialized && pos !== undefined && editor.state.doc.resolve(pos).index(0) >= FIRST_DRAWN_BLOCKS;
    if (opening) drawLater(this);
    else this.draw();
  }

  /** Draws the photo, its tools and the fields (once). */
  draw(): void {
    if (this.parts) return;
    const photo = element('div', { className: 'figure-photo' });
    const tools = element(
      'div',
      { className: 'figure-tools' },
      this.labels.button(null, 'moveUp', () => this.move(-1), 'up'),
      this.labels.button(null, 'moveDown', () => this.move(1), 'down'),
      this.labels.button('replace', 'replaceLabel', () => this.choose()),
      this.labels.button('remove', 'removeLabel', () => this.remove()),
    );
    const top = element('div', { className: 'figure-top', contentEditable: 'false' }, photo, tools);
    const fields = {
      credit: element('input', { type: 'text', className: 'figure-credit' }),
      agency: element('input', { type: 'text', className: 'figure-agency' }),
      alt: element('textarea', { rows: 2, className: 'figure-alt' }),
    };
    const preview = element('span', { className: 'credit-preview' });
    const gaps = element('p', { className: 'figure-gaps' });
    const fieldBox = element(
      'div',
      { className: 'figure-fields', contentEditable: 'false' },
      this.field('credit', fields.credit, preview),
      this.field('agency', fields.agency),
      this.field('alt', fields.alt),
      gaps,
    );
    for (const key of ['credit', 'agency', 'alt'] as const) {
      fields[key].addEventListener('input', () => this.setAttribute(key, fields[key].value));
    }
    this.parts = { photo, gaps, preview, fields, chrome: [top, fieldBox] };
    this.dom.prepend(top);
    this.dom.append(fieldBox);
    this.render();
  }

  destroy(): void {
    waiting.delete(this);
    live.delete(this);
  }

  relabel(): void {
    this.contentDOM.dataset.label = this.options.text('caption');
    this.labels.relabel();
    this.render();
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    // Only the caption changed (or nothing did): the figure's own parts stay as they are.
    const same = node.attrs === this.node.attrs || JSON.stringify(node.attrs) === JSON.stringify(this.node.attrs);
    const blank = (caption: PmNode): [boolean, boolean] => [caption.content.size === 0, caption.textContent.trim() === ''];
    const emptiness = blank(node).join() !== blank(this.node).join();
    this.node = node;
    if (this.parts && (!same || emptiness)) this.render();
    return true;
  }

  /** Keys, clicks and typing in the fields and tools belong to them, not to the editor. */
  stopEvent(event: Event): boolean {
    const target = event.target as Node | null;
    return target !== null && (this.parts?.chrome ?? []).some((part) => part.contains(target));
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  private render(): void {
    const parts = this.parts;
    if (!parts) return;
    const attrs = this.node.attrs as FigureAttributes;
    const gaps = figureGaps(this.node);
    this.dom.classList.toggle('has-gaps', gaps.length > 0);
    this.dom.dataset.gaps = gaps.join(' ');
    this.contentDOM.classList.toggle('is-empty', this.node.content.size === 0);
    this.renderPhoto(parts.photo, attrs);
    for (const key of ['credit', 'agency', 'alt'] as const) {
      const field = parts.fields[key];
      // Never rewrite a field under the reporter's cursor (or their input method's composition).
      if (document.activeElement !== field && field.value !== attrs[key]) field.value = attrs[key];
      field.classList.toggle('missing', key !== 'agency' && attrs[key].trim() === '');
    }
    parts.preview.textContent = [attrs.credit.trim(), attrs.agency.trim()].filter(Boolean).join('/');
    parts.gaps.textContent = gaps.length === 0 ? '' : this.options.text('missing', gaps.map((gap) => this.options.text(GAP_TEXT[gap])).join(', '));
  }

  private renderPhoto(photo: HTMLElement, attrs: FigureAttributes): void {
    const current = photo.firstElementChild;
    if (attrs.src) {
      const url = this.options.mediaUrl(attrs.src);
      if (current instanceof HTMLImageElement) {
        if (current.getAttribute('src') !== url) current.src = url;
        current.alt = attrs.alt;
        return;
      }
      // Lazy before the address is given, or the image loads at once: a long article then fetches
      // and decodes every photo while it opens, not only those in view.
      const img = element('img', { loading: 'lazy', decoding: 'async', alt: attrs.alt, draggable: false });
      if (attrs.width && attrs.height) Object.assign(img, { width: attrs.width, height: attrs.height });
      img.src = url;
      photo.replaceChildren(img);
    } else if (!(current instanceof HTMLDivElement)) {
      photo.replaceChildren(
        (this.awaiting ??= element(
          'div',
          { className: 'figure-awaiting' },
          this.labels.text('awaited'),
          this.labels.button('choose', 'chooseLabel', () => this.choose()),
        )),
      );
    }
  }

  private field(label: FigureText, input: HTMLElement, ...after: Node[]): HTMLElement {
    return element('label', { className: 'figure-field' }, element('span', {}, this.labels.text(label)), input, ...after);
  }

  private setAttribute(key: 'credit' | 'agency' | 'alt', value: string): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    this.editor.view.dispatch(this.editor.state.tr.setNodeAttribute(pos, key, value));
  }

  private move(direction: -1 | 1): void {
    const pos = this.getPos();
    if (pos !== undefined) this.editor.commands.moveFigure(pos, direction);
  }

  private remove(): void {
    const pos = this.getPos();
    if (pos !== undefined) this.editor.view.dispatch(this.editor.state.tr.delete(pos, pos + this.node.nodeSize));
  }

  private choose(): void {
    const pos = this.getPos();
    if (pos !== undefined) this.options.choosePhoto(pos);
  }
}
