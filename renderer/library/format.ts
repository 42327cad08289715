/** "14:05" today, "3 Nov, 14:05" before: in the interface language ("14:05 3 thg 11" in Vietnamese). */
export function formatChanged(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const today = date.toDateString() === now.toDateString();
  return formatter(language, today).format(date);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Made once per language: a list of thousands of rows formats as many dates. */
function formatter(language: string, today: boolean): Intl.DateTimeFormat {
  const key = `${language}:${today}`;
  let made = formatters.get(key);
  if (!made) {
    // British English writes the day before the month, as Vietnamese does.
    const locale = language === 'en' ? 'en-GB' : language;
    made = new Intl.DateTimeFormat(locale, today ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    formatters.set(key, made);
  }
  return made;
}
