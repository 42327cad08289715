import type { FigureAttributes } from '../schema/figure';
import type { GivenPhotoText, PhotoImport } from './schema';

/** The figure for a stored photo: the user's own text first, the file's metadata to fill the rest. */
export function figureFromPhoto({ media, metadata }: PhotoImport, given: GivenPhotoText = {}): { attrs: FigureAttributes; caption: string } {
  const pick = (own: string | undefined, fromFile: string): string => (own !== undefined && own.trim() !== '' ? own : fromFile).normalize('NFC');
  return {
    attrs: {
      src: media.display,
      original: media.original,
      sha256: media.sha256,
      mime: media.mime,
      width: media.displayWidth,
      height: media.displayHeight,
      alt: pick(given.alt, metadata.alt),
      credit: pick(given.credit, metadata.credit),
      agency: metadata.agency.normalize('NFC'),
      takenAt: metadata.takenAt,
    },
    caption: pick(given.caption, metadata.caption),
  };
}
