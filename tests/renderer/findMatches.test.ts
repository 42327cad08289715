import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../electron/core/schema';
import { findMatches } from '../../renderer/editor/findMatches';

const doc = bodySchema().nodeFromJSON({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Điện Biên và ' },
        { type: 'text', text: 'điện biên', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' đã nâng cấp.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Đà Nẵng' }, { type: 'hardBreak' }, { type: 'text', text: 'nẵng' }] },
  ],
});

const found = (query: string, matchCase = false, matchAccents = false) => findMatches(doc, query, { matchCase, matchAccents }).map(({ from, to }) => doc.textBetween(from, to));

describe('find in the article', () => {
  it('ignores case and accents unless asked, across marks', () => {
    expect(found('dien bien')).toEqual(['Điện Biên', 'điện biên']);
    expect(found('Điện Biên', true, true)).toEqual(['Điện Biên']);
    expect(found('điện biên', false, true)).toEqual(['Điện Biên', 'điện biên']);
    expect(found('dien bien', true, false)).toEqual(['điện biên']);
    expect(found('DIEN BIEN', true, false)).toEqual([]);
  });

  it('tells "Đà Nẵng" from "đã nâng" only when accents count', () => {
    expect(found('da nang')).toEqual(['đã nâng', 'Đà Nẵng']);
    expect(found('Đà Nẵng', false, true)).toEqual(['Đà Nẵng']);
  });

  it('does not match across a line break, and finds a decomposed query', () => {
    expect(found('nang nang')).toEqual([]);
    expect(found('nẵng'.normalize('NFD'), false, true)).toEqual(['Nẵng', 'nẵng']);
    expect(found('')).toEqual([]);
  });
});
