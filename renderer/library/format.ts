// Dates in the library's lists, as Intl writes them for British English and Vietnamese: one
// Intl.DateTimeFormat per language and shape, made when first needed and kept.

type Shape = 'time' | 'dayAndTime' | 'day';

const SHAPES: Record<Shape, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  dayAndTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  // A dateline's day is a calendar day, the same wherever the reporter is.
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, shape: Shape): Intl.DateTimeFormat {
  const key = `${language}:${shape}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(language === 'vi' ? 'vi' : 'en-GB', SHAPES[shape])));
  return found;
}

/** "14:05" today, "3 Nov, 14:05" before: in the interface language ("14:05 3 thg 11" in Vietnamese). */
export function formatChanged(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return format(language, date.toDateString() === now.toDateString() ? 'time' : 'dayAndTime').format(date);
}

/** A day given as YYYY-MM-DD (a dateline), as the interface language writes it: "26 Nov 2026", "26 thg 11, 2026". */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  // Through a date, so that an impossible day (2026-02-30) is written as the day it lands on.
  return format(language, 'day').format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
