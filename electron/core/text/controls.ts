/**
 * Control characters: C0 but tab, line feed and carriage return; DEL; C1. They mean nothing in an
 * article and do harm outside it (an ESC sequence rewrites a terminal, a NUL cuts a string short
 * in another program), so no text keeps them, however it arrived: import, paste, a photo's
 * metadata, the command line, the bridge, a file edited by hand.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Line ends of every kind (CR LF, CR, NEL, the Unicode line and paragraph separators). */
const LINE_ENDS = /\r\n?|[\n\u0085\u2028\u2029]/g;

/** Text with its control characters removed; tabs and line ends stay. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** One line (a headline, a name, a credit, alt text): line ends and tabs become spaces, controls go. */
export function lineText(text: string): string {
  // Tabs, vertical tabs and form feeds are spacing, not controls to drop: a space keeps the words apart.
  // eslint-disable-next-line no-control-regex -- spacing controls are exactly what is replaced here
  return withoutControls(text.replace(LINE_ENDS, ' ').replace(/[\t\u000b\u000c]/g, ' '));
}

/** Several lines (a sapo): line ends become "\n", controls go, tabs stay. */
export function linesText(text: string): string {
  return withoutControls(text.replace(LINE_ENDS, '\n'));
}

/** A run of body text: a paragraph's breaks are nodes of their own, so a line end becomes a space; tabs stay. */
export function inlineText(text: string): string {
  return withoutControls(text.replace(LINE_ENDS, ' '));
}
