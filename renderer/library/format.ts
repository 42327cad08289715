// Dates in the library's lists, written by hand in the shapes Intl gives for British English and
// Vietnamese (ICU 78): making an Intl.DateTimeFormat costs several milliseconds (ICU builds a
// pattern generator for the locale), and the list shows its dates as the workstation starts.

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "3 Nov" in English, "3 thg 11" in Vietnamese. */
function dayAndMonth(day: number, month: number, language: string): string {
  return language === 'vi' ? `${day} thg ${month + 1}` : `${day} ${MONTHS_EN[month]}`;
}

/** "14:05" today, "3 Nov, 14:05" before: in the interface language ("14:05 3 thg 11" in Vietnamese). */
export function formatChanged(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  if (date.toDateString() === now.toDateString()) return time;
  const day = dayAndMonth(date.getDate(), date.getMonth(), language);
  return language === 'vi' ? `${time} ${day}` : `${day}, ${time}`;
}

/** A day given as YYYY-MM-DD (a dateline), as the interface language writes it: "26 Nov 2026", "26 thg 11, 2026". */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  // Through a date, so that an impossible day (2026-02-30) is written as the day it lands on.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const shown = dayAndMonth(date.getUTCDate(), date.getUTCMonth(), language);
  return language === 'vi' ? `${shown}, ${date.getUTCFullYear()}` : `${shown} ${date.getUTCFullYear()}`;
}
