const SHAPES = {
  time: { hour: '2-digit', minute: '2-digit' },
  dayAndTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Made once per language and shape: a list of thousands of rows formats as many dates. */
function formatter(language: string, shape: keyof typeof SHAPES): Intl.DateTimeFormat {
  const key = `${language}:${shape}`;
  let made = formatters.get(key);
  if (!made) {
    // British English writes the day before the month, as Vietnamese does.
    made = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, SHAPES[shape]);
    formatters.set(key, made);
  }
  return made;
}

/** "14:05" today, "3 Nov, 14:05" before: in the interface language ("14:05 3 thg 11" in Vietnamese). */
export function formatChanged(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return formatter(language, date.toDateString() === now.toDateString() ? 'time' : 'dayAndTime').format(date);
}

/** A day given as YYYY-MM-DD (a dateline), as the interface language writes it: "26 Nov 2026", "26 thg 11, 2026". */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return formatter(language, 'day').format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
