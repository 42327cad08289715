/**
 * Normalizes every string inside a JSON-like value to Unicode NFC.
 *
 * Vietnamese arrives both composed and decomposed (macOS input methods and some agency feeds emit
 * NFD); storing one form keeps search, counts and comparisons honest.
 */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => deepNfc(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = deepNfc(item);
    return out as T;
  }
  return value;
}
