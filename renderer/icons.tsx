/**
 * The interface's few symbols, drawn as SVG rather than typed: arrows, check marks and circles are
 * not in the interface's fonts (Noto Sans, Segoe UI, San Francisco), and a glyph the font lacks
 * sends the browser through the system's fonts for one that has it the first time it is drawn.
 * Measured on the start-up's first frame: the undo/redo arrows and the checklist's ✓ cost 5 ms.
 */
const PATHS = {
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  check: 'M20 6 9 17l-5-5',
  circle: 'M12 5a7 7 0 1 0 0 14 7 7 0 0 0 0-14z',
  up: 'M12 19V5M5 12l7-7 7 7',
  down: 'M12 5v14M19 12l-7 7-7-7',
  calendar: 'M8 3v4M16 3v4M4 10h16M6 5h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z',
} as const;

export type IconName = keyof typeof PATHS;

const SVG_NS = 'http://www.w3.org/2000/svg';
const VIEW_BOX = '0 0 24 24';

/** A symbol in the line of text around it (its size is the text's, its colour the text's). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox={VIEW_BOX} aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}

/** The same symbol for views drawn without React (figures). */
export function iconElement(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('viewBox', VIEW_BOX);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  return svg;
}
