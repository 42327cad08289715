import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Language } from '../../electron/core/article/schema';
import { QuietTimer } from '../quietTimer';
import { changedRanges, merged, visibleRange, within } from './spellingRanges';
import { textblocksIn, wordsOf } from './spellingWords';

export interface SpellingOptions {
  /** The article's language, which picks the dictionary. */
  language(): Language;
  /** The words of `words` that are misspelled (asked of the library's spell checker). */
  check(language: Language, words: string[]): Promise<string[]>;
  /** A right click on a misspelled word. */
  onMisspelledMenu(word: { word: string; from: number; to: number; x: number; y: number }): void;
}

/** The class of a misspelled word (see `.misspelled` in prosemirror.css). */
const MISSPELLED_CLASS = 'misspelled';
/** How long typing must pause before the words are checked and marked. */
const PAUSE_MS = 400;
/** Words sent to the checker at most per request (the contract's limit). */
const BATCH = 5000;

interface SpellingState {
  /** The squiggles, only in and around the part of the article on screen (see `visible`). */
  decorations: DecorationSet;
  /** Ranges whose words are to be checked again (mapped through every change). */
  dirty: Array<[number, number]>;
  /** The part of the article on screen, with a margin: only there are words checked and marked. */
  visible: [number, number];
}

type Meta = { recheck: 'all' } | { checked: Array<[number, number]>; decorations: Decoration[] } | { visible: [number, number] };

const spellingKey = new PluginKey<SpellingState>('spelling');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spelling: {
      /** Checks the whole article again, asking the library afresh (a word added to its dictionary, the language changed). */
      recheckSpelling: () => ReturnType;
      /** Leaves this word unflagged in this window until it closes. */
      ignoreSpelling: (word: string) => ReturnType;
    };
  }
}

/**
 * Spelling as the reporter writes, off the keystroke path: when typing pauses, the changed
 * paragraphs on screen are checked (the words the library has not been asked about yet, in one
 * request) and misspelled words get a squiggle. The word being typed is left alone until the caret
 * leaves it. Only the part of the article on screen (and some way around it) is marked, so a long
 * article, or one in the other language, costs no more than a short one.
 */
/** What the extension remembers: the words the reporter ignored, and each language's answers so far. */
interface SpellingStorage {
  ignored: Set<string>;
  known: Map<string, Map<string, boolean>>;
}

export const Spelling = Extension.create<SpellingOptions, SpellingStorage>({
  name: 'spelling',

  addOptions() {
    return { language: () => 'vi', check: async () => [], onMisspelledMenu: () => {} };
  },

  addStorage() {
    return { ignored: new Set<string>(), known: new Map<string, Map<string, boolean>>() } satisfies SpellingStorage;
  },

  addCommands() {
    return {
      recheckSpelling:
        () =>
        ({ tr, dispatch }) => {
          this.storage.known.clear();
          dispatch?.(tr.setMeta(spellingKey, { recheck: 'all' } satisfies Meta));
          return true;
        },
      ignoreSpelling:
        (word) =>
        ({ tr, dispatch }) => {
          this.storage.ignored.add(word);
          dispatch?.(tr.setMeta(spellingKey, { recheck: 'all' } satisfies Meta));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const storage = this.storage;
    const knownFor = (language: Language): Map<string, boolean> => {
      let known = storage.known.get(language);
      if (!known) storage.known.set(language, (known = new Map<string, boolean>()));
      return known;
    };

    /** Decorations for the misspelled words of the blocks in `ranges`, from what is known, and the words not known yet. */
    const decorate = (state: EditorState, ranges: Array<[number, number]>): { decorations: Decoration[]; unknown: string[] } => {
      const known = knownFor(options.language());
      const decorations: Decoration[] = [];
      const unknown = new Set<string>();
      const caret = state.selection.empty ? state.selection.head : -1;
      for (const [from, to] of ranges) {
        for (const { node, pos } of textblocksIn(state.doc, from, to)) {
          for (const placed of wordsOf(node, pos)) {
            const word = placed.word.normalize('NFC');
            const wrong = known.get(word);
            if (wrong === undefined) unknown.add(word);
            else if (wrong && !storage.ignored.has(word) && (caret < placed.from || caret > placed.to)) {
              decorations.push(Decoration.inline(placed.from, placed.to, { class: MISSPELLED_CLASS, 'data-word': word }));
            }
          }
        }
      }
      return { decorations, unknown: [...unknown] };
    };

    let scheduled: number | null = null;
    let running = false;
    const run = async (view: EditorView): Promise<void> => {
      scheduled = null;
      const state = spellingKey.getState(view.state);
      if (running || view.isDestroyed || !state || state.dirty.length === 0) return;
      running = true;
      let failed = false;
      try {
        const language = options.language();
        const { unknown } = decorate(view.state, within(state.dirty, state.visible));
        for (let i = 0; i < unknown.length; i += BATCH) {
          const batch = unknown.slice(i, i + BATCH);
          const wrong = new Set(await options.check(language, batch));
          for (const word of batch) knownFor(language).set(word, wrong.has(word));
        }
        if (view.isDestroyed) return;
        // On the document as it is now: the ranges were mapped through whatever was typed meanwhile.
        const now = spellingKey.getState(view.state);
        if (!now) return;
        const checked = within(now.dirty, now.visible);
        const { decorations, unknown: still } = decorate(view.state, checked);
        if (still.length === 0) view.dispatch(view.state.tr.setMeta(spellingKey, { checked, decorations } satisfies Meta).setMeta('addToHistory', false));
      } catch {
        // The checker is a help, not a gate: a failure leaves the text as it is, unflagged, and is
        // tried again at the next change rather than in a loop.
        failed = true;
      } finally {
        running = false;
      }
      if (!failed && !view.isDestroyed && hasWork(view.state)) schedule(view);
    };
    const hasWork = (state: EditorState): boolean => {
      const value = spellingKey.getState(state);
      return value !== undefined && within(value.dirty, value.visible).length > 0;
    };
    // Once typing pauses, not between two keys: marking words redraws their paragraph.
    let paused: EditorView | null = null;
    const pause = new QuietTimer(() => {
      const view = paused;
      if (view) scheduled ??= requestIdleCallback(() => void run(view), { timeout: 1000 });
    });
    const schedule = (view: EditorView): void => {
      paused = view;
      pause.after(PAUSE_MS);
    };

    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          // Until the view says what is on screen: the article's start.
          init: (_config, state) => ({ decorations: DecorationSet.empty, dirty: [[0, state.doc.content.size]], visible: [0, Math.min(state.doc.content.size, 20_000)] }),
          apply: (tr, value, old, state) => {
            const meta = tr.getMeta(spellingKey) as Meta | undefined;
            if (meta && 'recheck' in meta) return { ...value, decorations: DecorationSet.empty, dirty: [[0, state.doc.content.size]] };
            if (meta && 'checked' in meta) {
              const remaining = value.dirty.flatMap(([from, to]): Array<[number, number]> => [
                ...(from < value.visible[0] ? [[from, Math.min(to, value.visible[0])] as [number, number]] : []),
                ...(to > value.visible[1] ? [[Math.max(from, value.visible[1]), to] as [number, number]] : []),
              ]);
              return {
                ...value,
                decorations: value.decorations.remove(meta.checked.flatMap(([from, to]) => value.decorations.find(from, to))).add(state.doc, meta.decorations),
                dirty: merged(remaining),
              };
            }
            if (meta && 'visible' in meta) {
              // Squiggles scrolled far away are dropped; their blocks are looked at again when they come back.
              const [low, high] = meta.visible;
              const gone = [...value.decorations.find(0, low), ...value.decorations.find(high, state.doc.content.size)];
              return { decorations: value.decorations.remove(gone), dirty: merged([...value.dirty, [low, high]]), visible: meta.visible };
            }
            let { decorations, dirty, visible } = value;
            if (tr.docChanged) {
              const changed = changedRanges(tr);
              decorations = decorations.map(tr.mapping, tr.doc);
              // The paragraph being typed in loses its squiggles until typing pauses: marked words
              // would make the browser redraw the paragraph's text on every key.
              const typedIn = changed.flatMap(([from, to]) => textblocksIn(tr.doc, from, to)).flatMap(({ node, pos }) => decorations.find(pos, pos + node.nodeSize));
              if (typedIn.length > 0) decorations = decorations.remove(typedIn);
              dirty = [...dirty.map(([from, to]): [number, number] => [tr.mapping.map(from, -1), tr.mapping.map(to, 1)]), ...changed];
              visible = [tr.mapping.map(visible[0], -1), tr.mapping.map(visible[1], 1)];
            }
            // The caret left a word: its block is looked at again (the word it was in may be wrong).
            if (old.selection.head !== state.selection.head || tr.docChanged) {
              const before = tr.mapping.map(old.selection.head);
              dirty = [...dirty, [before, before]];
            }
            // Kept short while typing goes on without a pause: each key adds ranges in the same paragraph.
            return { decorations, dirty: dirty === value.dirty ? dirty : merged(dirty), visible };
          },
        },
        view: (view) => {
          // What is on screen, once drawn and after each scroll (a moment after it stops).
          let scrolled: ReturnType<typeof setTimeout> | null = null;
          const look = (): void => {
            scrolled = null;
            if (view.isDestroyed) return;
            const visible = visibleRange(view);
            const current = spellingKey.getState(view.state)?.visible;
            if (current && current[0] === visible[0] && current[1] === visible[1]) return;
            view.dispatch(view.state.tr.setMeta(spellingKey, { visible } satisfies Meta).setMeta('addToHistory', false));
          };
          const onScroll = (): void => {
            if (scrolled === null) scrolled = setTimeout(look, 150);
          };
          document.addEventListener('scroll', onScroll, true);
          // Not before the article is painted: finding what is on screen lays the page out.
          const first = requestIdleCallback(() => look(), { timeout: 1000 });
          schedule(view);
          return {
            update: (updated) => {
              if (hasWork(updated.state)) schedule(updated);
            },
            destroy: () => {
              document.removeEventListener('scroll', onScroll, true);
              cancelIdleCallback(first);
              if (scrolled !== null) clearTimeout(scrolled);
              if (scheduled !== null) cancelIdleCallback(scheduled);
              pause.cancel();
              scheduled = null;
              paused = null;
            },
          };
        },
        props: {
          decorations: (state) => spellingKey.getState(state)?.decorations,
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              if (!at) return false;
              const found = spellingKey.getState(view.state)?.decorations.find(at.pos, at.pos)[0];
              if (!found) return false;
              event.preventDefault();
              const word = view.state.doc.textBetween(found.from, found.to);
              options.onMisspelledMenu({ word, from: found.from, to: found.to, x: event.clientX, y: event.clientY });
              return true;
            },
          },
        },
      }),
    ];
  },
});
