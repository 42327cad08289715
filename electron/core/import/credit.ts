import type { BodyNode } from '../article/schema';
import { EMPTY_FIGURE } from '../schema/figure';
import type { CaptionLine } from '../schema/captionLine';

export { parseCaptionLine, type CaptionLine } from '../schema/captionLine';

/** A figure whose photo has not arrived yet: caption and credit from the wire, the image to come. */
export function awaitedFigure({ caption, credit, agency }: CaptionLine): BodyNode {
  return {
    type: 'figure',
    attrs: { ...EMPTY_FIGURE, credit, agency },
    ...(caption ? { content: [{ type: 'text', text: caption }] } : {}),
  };
}
