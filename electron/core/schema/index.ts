export { bodyExtensions, SUBHEAD_LEVELS } from './bodyExtensions';
export { bodySchema } from './bodySchema';
export { isAllowedHref, ALLOWED_LINK_PROTOCOLS } from './link';
export { Figure, EMPTY_FIGURE, DISPLAY_PATH, ORIGINAL_PATH, figureGaps, type FigureAttributes } from './figure';
export { creditLine } from './credit';
