import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { ImportError } from './importError';
import { message, errorText } from '../messages';

/** What a Word document may hold once unpacked. A 50,000-word report with its photos is well within. */
const ARCHIVE_LIMITS = {
  /** All its parts together. */
  totalBytes: 256 * 1024 * 1024,
  /** One part (the document's XML, a photo). */
  entryBytes: 64 * 1024 * 1024,
  /** How much larger than its packed size a large part may be: Word's own XML packs some 10 to 30 times. */
  ratio: 200,
  /** Parts that are this small may pack as tightly as they like. */
  ratioFrom: 1024 * 1024,
  entries: 10_000,
} as const;

/**
 * Checks a Word document's ZIP before anything unpacks it for real: the sizes its directory
 * declares must be within ARCHIVE_LIMITS, and each part is then streamed through yauzl, which
 * stops a part the moment it unpacks to more than it declared (validateEntrySizes). A bomb (a few
 * hundred KB unpacking to gigabytes, or a part lying about its size) is refused with a clear
 * message, having cost at most its declared sizes; mammoth then unpacks only what was checked.
 */
export async function checkArchive(bytes: Uint8Array, name: string, keep: readonly string[] = []): Promise<Map<string, string>> {
  const kept = new Map<string, string>();
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    throw new ImportError(message('docxDamaged', { name, reason: errorText(error) }));
  }
  try {
    let total = 0;
    let count = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      count++;
      total += entry.uncompressedSize;
      const tooTight = entry.uncompressedSize > ARCHIVE_LIMITS.ratioFrom && entry.uncompressedSize > entry.compressedSize * ARCHIVE_LIMITS.ratio;
      if (entry.uncompressedSize > ARCHIVE_LIMITS.entryBytes || tooTight) {
        throw new ImportError(message('docxBomb', { name, part: entry.fileName, megabytes: Math.ceil(entry.uncompressedSize / 1048576), packed: Math.ceil(entry.compressedSize / 1024) }));
      }
      if (count > ARCHIVE_LIMITS.entries || total > ARCHIVE_LIMITS.totalBytes) {
        throw new ImportError(message('docxTooMuch', { name, parts: count, megabytes: Math.ceil(total / 1048576) }));
      }
      const text = await drain(zip, entry, name, keep.includes(entry.fileName));
      if (text !== null) kept.set(entry.fileName, text);
    }
  } finally {
    zip.close();
  }
  return kept;
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry): void => (cleanup(), resolve(entry));
    const onEnd = (): void => (cleanup(), resolve(null));
    const onError = (error: Error): void => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * Unpacks one part, so that yauzl can check it is what the directory says: to nowhere, or to text
 * when the importer wants to read the part (`keep`) and its size has just been checked.
 */
async function drain(zip: ZipFile, entry: Entry, name: string, keep: boolean): Promise<string | null> {
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) if (keep) chunks.push(chunk as Buffer);
    return keep ? Buffer.concat(chunks).toString('utf8') : null;
  } catch (error) {
    throw new ImportError(message('docxDamaged', { name, reason: `${entry.fileName}: ${errorText(error)}` }));
  }
}
