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
    expect(formatChanged(before, 'vi', now)).toBe('14:05 3 thg 11');
  });

  it('writes what Intl writes for British English and Vietnamese, every month, any hour', () => {
    const intl = (language: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, options);
    for (const language of ['en', 'vi']) {
      for (let month = 0; month < 12; month++) {
        const changed = new Date(2025, month, ((month * 3) % 28) + 1, (month * 5) % 24, (month * 7) % 60);
        expect(formatChanged(changed.toISOString(), language, now)).toBe(intl(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(changed));
        const day = `2025-${String(month + 1).padStart(2, '0')}-${String(((month * 3) % 28) + 1).padStart(2, '0')}`;
        expect(formatDay(day, language)).toBe(intl(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`)));
      }
      const early = new Date(2026, 10, 26, 0, 7);
      expect(formatChanged(early.toISOString(), language, now)).toBe(intl(language, { hour: '2-digit', minute: '2-digit' }).format(early));
    }
  });

  it('says nothing for a date it cannot read', () => {
    expect(formatChanged('không phải ngày', 'vi', now)).toBe('');
  });

  it('writes a dateline’s day as each language does, whatever the time zone', () => {
    expect(formatDay('2026-11-26', 'en')).toBe('26 Nov 2026');
    expect(formatDay('2026-11-26', 'vi')).toBe('26 thg 11, 2026');
    expect(formatDay('không rõ', 'vi')).toBe('không rõ');
  });
});
