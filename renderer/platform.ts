/** Whether the page runs on macOS (or iOS): the shortcuts are written and bound with ⌘ there. */
export const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
