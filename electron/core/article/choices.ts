// The fixed choices of an article's fields, as plain values: the interface lists them without
// loading the validation library (see schema.ts for the schemas built from them).

export const LANGUAGES = ['vi', 'en'] as const;

/** draft → editing → ready; an editor may send a piece back, so any step is allowed. */
export const STATUSES = ['draft', 'editing', 'ready'] as const;

/** The longest word target an article may set. */
export const MAX_WORD_TARGET = 100_000;
