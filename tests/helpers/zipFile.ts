import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a ZIP made by hand: its packed bytes, and the sizes and checksum it declares. */
export interface ZipPart {
  name: string;
  /** Deflated bytes (method 8), or the bytes themselves with `stored`. */
  data: Buffer;
  stored?: boolean;
  /** What the directory says the part unpacks to: true to its content, or a lie. */
  size: number;
  crc: number;
}

export function storedPart(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.from(content);
  return { name, data, stored: true, size: data.length, crc: crc32(data) };
}

export function deflatedPart(name: string, content: string | Buffer): ZipPart {
  const raw = Buffer.from(content);
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

/**
 * A part that unpacks to `head`, then `middle` `times` over, then `tail`, packed in a few hundred
 * KB whatever it unpacks to: `middle` is deflated once with a flush and its blocks repeated, which
 * is how a "zip bomb" is made without ever holding its contents.
 */
export function repeatedPart(name: string, head: string, middle: string, times: number, tail: string): ZipPart {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const middleBytes = Buffer.from(middle);
  const packedMiddle = deflateRawSync(middleBytes, flush);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(middleBytes, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([deflateRawSync(head, flush), ...Array.from({ length: times }, () => packedMiddle), deflateRawSync(tail)]);
  return { name, data, size: Buffer.byteLength(head) + middleBytes.length * times + Buffer.byteLength(tail), crc };
}

/** The fields a part's local header and its central record share: version needed, flags, method, sizes, checksum. */
function describe(header: Buffer, at: number, part: ZipPart, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(part.stored ? 0 : 8, at + 4);
  header.writeUInt32LE(part.crc >>> 0, at + 10);
  header.writeUInt32LE(part.data.length, at + 14);
  header.writeUInt32LE(part.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** The ZIP of these parts: local headers, data, central directory, end record (no ZIP64). */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    describe(local, 4, part, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    // The central record repeats the local header's fields two bytes further on, then says where the part starts.
    describe(central, 6, part, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const DOCX_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`;
export const DOCX_TAIL = '</w:body></w:document>';
export const docxParagraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The parts every Word document has around its text. */
export function docxFrame(): ZipPart[] {
  return [
    deflatedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflatedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  ];
}
