export { bodyExtensions, SUBHEAD_LEVELS } from './bodyExtensions';
export { bodySchema } from './bodySchema';
export { isAllowedHref, ALLOWED_LINK_PROTOCOLS } from './link';
