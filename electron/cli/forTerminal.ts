/**
 * Text for a terminal: control characters (C0 but tab and newline, DEL, C1) are shown as \u
 * escapes instead of being sent raw. An ESC or a CSI in a headline typed or imported by someone
 * else could otherwise move the cursor, rewrite the screen or set the window's title. In JSON
 * output every control character sits inside a string, where the escape means the same character.
 */
export function forTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
