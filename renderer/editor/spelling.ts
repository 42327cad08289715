import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Language } from '../../electron/core/article/schema';
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
export const MISSPELLED_CLASS = 'misspelled';
/** Words sent to the checker at most per request (the contract's limit). */
const BATCH = 5000;

interface SpellingState {
  decorations: DecorationSet;
  /** Ranges whose words are to be checked again (mapped through every change). */
  dirty: Array<[number, number]>;
}

type Meta = { recheck: 'all' } | { checked: Array<[number, number]>; decorations: Decoration[] };

export const spellingKey = new PluginKey<SpellingState>('spelling');

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

/** The ranges of the document a transaction changed, in the new document. */
function changedRanges(tr: Transaction): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  tr.mapping.maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = tr.mapping.slice(index + 1);
      ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]);
    });
  });
  return ranges;
}

/**
 * Spelling as the reporter writes, off the keystroke path: changed paragraphs are checked in the
 * moments between keys (the words the library has not been asked about yet, in one request), and
 * misspelled words get a squiggle. The word being typed is left alone until the caret leaves it.
 */
export const Spelling = Extension.create<SpellingOptions>({
  name: 'spelling',

  addOptions() {
    return { language: () => 'vi', check: async () => [], onMisspelledMenu: () => {} };
  },

  addStorage() {
    return { ignored: new Set<string>(), known: new Map<string, Map<string, boolean>>() };
  },

  addCommands() {
    return {
      recheckSpelling:
        () =>
        ({ tr, dispatch }) => {
          (this.storage.known as Map<string, Map<string, boolean>>).clear();
          dispatch?.(tr.setMeta(spellingKey, { recheck: 'all' } satisfies Meta));
          return true;
        },
      ignoreSpelling:
        (word) =>
        ({ tr, dispatch }) => {
          (this.storage.ignored as Set<string>).add(word);
          dispatch?.(tr.setMeta(spellingKey, { recheck: 'all' } satisfies Meta));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const storage = this.storage as { ignored: Set<string>; known: Map<string, Map<string, boolean>> };
    const knownFor = (language: Language): Map<string, boolean> => {
      let known = storage.known.get(language);
      if (!known) storage.known.set(language, (known = new Map()));
      return known;
    };

    /** Decorations for the misspelled words of the blocks in `ranges`, from what is known; null if a word is not known yet. */
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
      try {
        const language = options.language();
        const { unknown } = decorate(view.state, state.dirty);
        for (let i = 0; i < unknown.length; i += BATCH) {
          const batch = unknown.slice(i, i + BATCH);
          const wrong = new Set(await options.check(language, batch));
          for (const word of batch) knownFor(language).set(word, wrong.has(word));
        }
        if (view.isDestroyed) return;
        // On the document as it is now: the ranges were mapped through whatever was typed meanwhile.
        const now = spellingKey.getState(view.state);
        if (!now) return;
        const { decorations, unknown: still } = decorate(view.state, now.dirty);
        if (still.length === 0) view.dispatch(view.state.tr.setMeta(spellingKey, { checked: now.dirty, decorations } satisfies Meta).setMeta('addToHistory', false));
      } catch {
        // The checker is a help, not a gate: a failure leaves the text as it is, unflagged.
      } finally {
        running = false;
      }
      if (!view.isDestroyed && (spellingKey.getState(view.state)?.dirty.length ?? 0) > 0) schedule(view);
    };
    const schedule = (view: EditorView): void => {
      scheduled ??= requestIdleCallback(() => void run(view), { timeout: 1000 });
    };

    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: (_config, state) => ({ decorations: DecorationSet.empty, dirty: [[0, state.doc.content.size]] }),
          apply: (tr, value, old, state) => {
            const meta = tr.getMeta(spellingKey) as Meta | undefined;
            if (meta && 'recheck' in meta) return { decorations: DecorationSet.empty, dirty: [[0, state.doc.content.size]] };
            if (meta && 'checked' in meta) return { decorations: value.decorations.remove(meta.checked.flatMap(([from, to]) => value.decorations.find(from, to))).add(state.doc, meta.decorations), dirty: [] };
            let { decorations, dirty } = value;
            if (tr.docChanged) {
              decorations = decorations.map(tr.mapping, tr.doc);
              dirty = [...dirty.map(([from, to]): [number, number] => [tr.mapping.map(from, -1), tr.mapping.map(to, 1)]), ...changedRanges(tr)];
            }
            // The caret left a word: its block is looked at again (the word it was in may be wrong).
            if (old.selection.head !== state.selection.head || tr.docChanged) {
              const before = tr.mapping.map(old.selection.head);
              dirty = [...dirty, [before, before]];
            }
            return { decorations, dirty };
          },
        },
        view: (view) => {
          schedule(view);
          return {
            update: (updated) => {
              if ((spellingKey.getState(updated.state)?.dirty.length ?? 0) > 0) schedule(updated);
            },
            destroy: () => {
              if (scheduled !== null) cancelIdleCallback(scheduled);
              scheduled = null;
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
