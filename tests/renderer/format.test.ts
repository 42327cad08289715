import { describe, expect, it } from 'vitest';
import { formatChanged, formatDay } from '../../renderer/library/format';

describe('when an article changed, as the list says it', () => {
  const now = new Date(2026, 10, 26, 18, 30);

  it('gives the time alone for today, the day and time before, in the interface language', () => {
    const today = new Date(2026, 10, 26, 14, 5).toISOString();
    const before = new Date(2026, 10, 3, 14, 5).toISOString();
    expect(formatChanged(today, 'en', now)).toBe('14:05');
    expect(formatChanged(today, 'vi', now)).toBe('14:05');
    expect(formatChanged(before, 'en', now)).toBe('3 Nov, 14:05');
    expect(formatChanged(before, 'vi', now)).toMatch(/^14:05,? 3 thg 11$/);
  });

  it('says nothing for a date it cannot read', () => {
    expect(formatChanged('không phải ngày', 'vi', now)).toBe('');
  });

  it('writes a dateline’s day as each language does, whatever the time zone', () => {
    expect(formatDay('2026-11-26', 'en')).toBe('26 Nov 2026');
    expect(formatDay('2026-11-26', 'vi')).toMatch(/^26 thg 11,? 2026$/);
    expect(formatDay('không rõ', 'vi')).toBe('không rõ');
  });
});
