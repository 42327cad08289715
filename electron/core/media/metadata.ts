import { decodeXML } from 'entities';
import exifr from 'exifr';

import type { PhotoMetadata } from './schema';
import { lineText } from '../text/controls';

export type { PhotoMetadata };

export const EMPTY_METADATA: PhotoMetadata = { caption: '', credit: '', agency: '', alt: '', takenAt: null };

type Raw = Record<string, unknown>;

/**
 * Reads caption, credit, agency, alt text and date from IPTC, XMP and EXIF. GPS is never read:
 * a reporter's or a source's position must not travel into the article.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let raw: Raw | undefined;
  try {
    raw = (await exifr.parse(Buffer.from(bytes), {
      tiff: true,
      ifd0: {},
      exif: { pick: ['DateTimeOriginal'] },
      gps: false,
      interop: false,
      ifd1: false,
      iptc: true,
      xmp: true,
      icc: false,
      jfif: false,
      ihdr: false,
      mergeOutput: false,
      reviveValues: false,
    })) as Raw | undefined;
  } catch {
    return EMPTY_METADATA;
  }
  if (!raw) return EMPTY_METADATA;
  const iptc = iptcAsUtf8((raw.iptc ?? {}) as Raw);
  const dc = xmlText(raw.dc ?? {}) as Raw;
  const photoshop = xmlText(raw.photoshop ?? {}) as Raw;
  const core = xmlText(raw.Iptc4xmpCore ?? {}) as Raw;
  const ifd0 = (raw.ifd0 ?? {}) as Raw;
  const exif = (raw.exif ?? {}) as Raw;
  return {
    caption: first(dc.description, iptc.Caption, ifd0.ImageDescription),
    credit: first(dc.creator, iptc.Byline, ifd0.Artist),
    agency: first(photoshop.Credit, iptc.Credit),
    alt: first(core.AltTextAccessibility, iptc.AltTextAccessibility),
    takenAt: exifDate(exif.DateTimeOriginal) ?? xmpDate(photoshop.DateCreated),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * exifr reads IPTC text as Latin-1 whatever the file declares, which turns Vietnamese written by
 * every current photo tool (UTF-8) into "NÃ´ng dÃ¢n". Text that is valid UTF-8 once its
 * characters are taken back as bytes is decoded as such; real Latin-1 text stays as it is.
 */
function iptcAsUtf8(iptc: Raw): Raw {
  const fixed: Raw = {};
  for (const [key, value] of Object.entries(iptc)) fixed[key] = Array.isArray(value) ? value.map(latin1ToUtf8) : latin1ToUtf8(value);
  return fixed;
}

/**
 * XMP is XML, and exifr hands its values over as written: "Tom &amp; Jerry", "&#60;". Photo tools
 * escape what XML requires, so every XMP text is read back through XML's own entities.
 */
function xmlText(value: unknown): unknown {
  if (typeof value === 'string') return decodeXML(value);
  if (Array.isArray(value)) return value.map(xmlText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlText(item)]));
  return value;
}

function latin1ToUtf8(value: unknown): unknown {
  // Only text made entirely of single-byte characters can be UTF-8 read as Latin-1.
  if (typeof value !== 'string' || !/[\u0080-\u00ff]/.test(value) || /[\u0100-\uffff]/.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/** The first non-empty text among candidates, whatever shape exifr gave it (string, list, lang-alt). */
function first(...candidates: unknown[]): string {
  for (const candidate of candidates) {
    const value = text(candidate);
    if (value !== '') return value;
  }
  return '';
}

function text(value: unknown): string {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && 'value' in value) return text(value.value);
  return '';
}

function clean(value: string): string {
  // Metadata fields arrive NUL-padded by some cameras, and a caption in one line.
  return lineText(value).trim().normalize('NFC');
}

function exifDate(value: unknown): string | null {
  const match = typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}` : null;
}

function xmpDate(value: unknown): string | null {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value) : null;
  if (!match) return null;
  return `${match[1]}-${match[2]}-${match[3]}T${match[4] ?? '00'}:${match[5] ?? '00'}:${match[6] ?? '00'}`;
}
