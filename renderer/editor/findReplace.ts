import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type FindOptions, type Match } from './findMatches';

export interface FindState {
  query: string;
  options: FindOptions;
  matches: Match[];
  /** Index of the current match, or -1. */
  current: number;
}

const EMPTY: FindState = { query: '', options: { matchCase: false, matchAccents: false }, matches: [], current: -1 };
const findKey = new PluginKey<FindState>('findReplace');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Starts or changes the search; the match at or after the selection becomes current. */
      setFind: (query: string, options: FindOptions) => ReturnType;
      /** Moves to the next (1) or previous (-1) match, wrapping round, and selects it. */
      findStep: (direction: 1 | -1) => ReturnType;
      /** Replaces the current match and moves to the next. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match, as one undoable step. */
      replaceAll: (replacement: string) => ReturnType;
      clearFind: () => ReturnType;
    };
  }
}

export function findState(state: EditorState): FindState {
  return findKey.getState(state) ?? EMPTY;
}

function replaceMatch(tr: Transaction, match: Match, replacement: string): void {
  if (replacement === '') tr.delete(match.from, match.to);
  else tr.insertText(replacement.normalize('NFC'), match.from, match.to);
}

function firstAtOrAfter(matches: Match[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= pos);
  return index === -1 ? 0 : index;
}

/**
 * Find and replace in the open article, case- and accent-insensitive unless asked otherwise.
 * Matches are highlighted with decorations; nothing is computed while no search is open.
 */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    return {
      setFind:
        (query, options) =>
        ({ state, tr, dispatch }) => {
          const matches = findMatches(state.doc, query, options);
          if (dispatch) tr.setMeta(findKey, { query, options, matches, current: firstAtOrAfter(matches, state.selection.from) });
          return true;
        },
      findStep:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const find = findState(state);
          if (find.matches.length === 0) return false;
          const current = (find.current + direction + find.matches.length) % find.matches.length;
          const match = find.matches[current] as Match;
          if (dispatch)
            tr.setMeta(findKey, { ...find, current })
              .setSelection(TextSelection.create(tr.doc, match.from, match.to))
              .scrollIntoView();
          return true;
        },
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findState(state);
          const match = find.matches[find.current];
          if (!match) return false;
          if (dispatch) {
            replaceMatch(tr, match, replacement);
            const matches = findMatches(tr.doc, find.query, find.options);
            const next = firstAtOrAfter(matches, tr.mapping.map(match.to));
            tr.setMeta(findKey, { ...find, matches, current: next });
            const target = matches[next];
            if (target) tr.setSelection(TextSelection.create(tr.doc, target.from, target.to)).scrollIntoView();
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findState(state);
          if (find.matches.length === 0) return false;
          if (dispatch) {
            for (const match of [...find.matches].reverse()) replaceMatch(tr, match, replacement);
            tr.setMeta(findKey, { ...find, matches: findMatches(tr.doc, find.query, find.options), current: -1 });
          }
          return true;
        },
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, EMPTY);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => EMPTY,
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(findKey) as FindState | undefined;
            if (meta) return meta;
            if (!tr.docChanged || value.query === '') return value;
            // Typing while the find bar is open: matches follow the text.
            const matches = findMatches(state.doc, value.query, value.options);
            return { ...value, matches, current: Math.min(value.current, matches.length - 1) };
          },
        },
        props: {
          decorations(state) {
            const find = findState(state);
            if (find.matches.length === 0) return null;
            return DecorationSet.create(
              state.doc,
              find.matches.map((match, i) => Decoration.inline(match.from, match.to, { class: i === find.current ? 'find-match current' : 'find-match' })),
            );
          },
        },
      }),
    ];
  },
});
