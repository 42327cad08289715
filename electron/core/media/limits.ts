/** Larger files are refused before they are read. */
export const MAX_PHOTO_BYTES = 50 * 1024 * 1024;
/** Larger images are refused from their header, before any decoding (decompression bombs). */
export const MAX_PHOTO_PIXELS = 100_000_000;
/** The long side of the display copy used by the editor and the exports. */
export const DISPLAY_MAX_SIDE = 2048;
