import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** IPTC IIM datasets of record 2 (application record) that photo desks fill. */
export const IPTC = { caption: 120, byline: 80, credit: 110, dateCreated: 55 } as const;

/**
 * Puts an IPTC block (Photoshop APP13 segment) into a JPEG, as photo desk software does. UTF-8
 * text is declared so (dataset 1:90), as current tools do; Latin-1 is written bare, as old ones did.
 */
export function withIptc(jpeg: Buffer, fields: Partial<Record<keyof typeof IPTC, string>>, encoding: 'utf8' | 'latin1' = 'utf8'): Buffer {
  const datasets: Buffer[] = encoding === 'utf8' ? [dataset(1, 90, Buffer.from('\x1b%G', 'latin1'))] : [];
  for (const [key, value] of Object.entries(fields)) datasets.push(dataset(2, IPTC[key as keyof typeof IPTC], Buffer.from(value, encoding)));
  const iptc = Buffer.concat(datasets);
  const padded = iptc.length % 2 === 0 ? iptc : Buffer.concat([iptc, Buffer.alloc(1)]);
  const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), u16(0x0404), Buffer.from([0, 0]), u32(iptc.length), padded]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const segment = Buffer.concat([Buffer.from([0xff, 0xed]), u16(body.length + 2), body]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

function dataset(record: number, number: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x1c, record, number]), u16(data.length), data]);
}

const u16 = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n: number): Buffer => Buffer.from([n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);

export interface XmpFields {
  description?: string;
  creator?: string;
  credit?: string;
  alt?: string;
}

export function xmpPacket(fields: XmpFields): string {
  const langAlt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${value}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">',
    fields.description ? `<dc:description>${langAlt(fields.description)}</dc:description>` : '',
    fields.creator ? `<dc:creator><rdf:Seq><rdf:li>${fields.creator}</rdf:li></rdf:Seq></dc:creator>` : '',
    fields.credit ? `<photoshop:Credit>${fields.credit}</photoshop:Credit>` : '',
    fields.alt ? `<Iptc4xmpCore:AltTextAccessibility>${langAlt(fields.alt)}</Iptc4xmpCore:AltTextAccessibility>` : '',
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>',
  ].join('');
}

export interface PhotoOptions {
  width?: number;
  height?: number;
  colour?: string;
  format?: 'jpeg' | 'png' | 'webp' | 'gif';
  xmp?: XmpFields;
  takenAt?: string;
  gps?: boolean;
}

/** A real photo file made on the spot, with whatever metadata the test asks for. */
export async function makePhoto(options: PhotoOptions = {}): Promise<Buffer> {
  const { width = 640, height = 480, colour = '#3a6ea5', format = 'jpeg' } = options;
  let image = sharp({ create: { width, height, channels: 3, background: colour } }).composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#f2c14e"/></svg>`,
      ),
    },
  ]);
  image = image[format]();
  if (options.xmp) image = image.withXmp(xmpPacket(options.xmp));
  if (options.takenAt || options.gps) {
    image = image.withExif({
      IFD0: { Make: 'TestCam' },
      ...(options.takenAt ? { IFD2: { DateTimeOriginal: options.takenAt } } : {}),
      ...(options.gps ? { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' } } : {}),
    });
  }
  return image.toBuffer();
}

/**
 * A PNG whose header claims the given size but whose pixels are a few bytes: what a
 * decompression bomb looks like before it is decoded.
 */
export function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
  };
  const header = Buffer.concat([u32(width), u32(height), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

export const SVG_WITH_SCRIPT = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>');
