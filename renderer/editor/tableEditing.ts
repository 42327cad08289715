import type { TableOptions } from '@tiptap/extension-table';
import { BodyTable } from '../../electron/core/schema/table';
import { TableView, type TableViewOptions } from './tableView';

/** The shared table node with the editor's node view: caption field and tools above the grid. */
export const TableEditing = BodyTable.extend<TableOptions & TableViewOptions>({
  addOptions() {
    // No column resizing: widths are never stored (every format writes a plain grid).
    return { ...(this.parent?.() as TableOptions), resizable: false, text: (key) => key };
  },
  addNodeView() {
    return ({ node, editor, getPos }) => new TableView(node, editor, getPos, this.options);
  },
});
