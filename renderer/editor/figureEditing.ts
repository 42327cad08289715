import { Figure } from '../../electron/core/schema/figure';
import { FigureView, type FigureViewOptions } from './figureView';

/** The shared figure node with the editor's node view. */
export const FigureEditing = Figure.extend<FigureViewOptions>({
  addOptions() {
    return { mediaUrl: (src: string) => src, choosePhoto: () => {}, text: (key: string) => key };
  },
  addNodeView() {
    return ({ node, editor, getPos }) => new FigureView(node, editor, getPos, this.options);
  },
});
