/**
 * The credit line as readers see it: "ẢNH: VŨ LỢI" (name in capitals) in Vietnamese copy,
 * "Photo: Jane Doe" in English; the agency follows after a slash.
 */
export function creditLine(credit: string, agency: string, language: 'vi' | 'en'): string {
  const who = [credit.trim(), agency.trim()].filter(Boolean).join('/');
  if (who === '') return '';
  return language === 'vi' ? `ẢNH: ${who.toLocaleUpperCase('vi')}` : `Photo: ${who}`;
}
