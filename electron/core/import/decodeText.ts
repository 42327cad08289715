import { ImportError } from './importError';
import { message } from '../messages';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file that claims to be text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
 * Windows-1258, the legacy Vietnamese code page, converted. Binary files are refused. The result
 * is NFC, with Windows line ends made plain.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ImportError(message('fileEmpty', { name }));
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new ImportError(message('binaryFile', { name }));
    try {
      text = utf8.decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    } catch {
      text = fromWindows1258(bytes, name);
    }
  }
  if (looksBinary(new TextEncoder().encode(text.slice(0, 4096)))) throw new ImportError(message('binaryFile', { name }));
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** NUL bytes, or many control characters, mean binary data rather than text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

/**
 * Windows-1258 writes tone marks as separate combining characters; decoded and composed, it gives
 * ordinary Vietnamese. Text that does not come out as Vietnamese is refused rather than guessed.
 */
function fromWindows1258(bytes: Uint8Array, name: string): string {
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const vietnamese = (text.match(/[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]|[\u1EA0-\u1EF9]/gu) ?? []).length;
  if (vietnamese === 0) {
    throw new ImportError(message('unknownEncoding', { name }));
  }
  return text;
}
