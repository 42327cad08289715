import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { LibraryError } from '../../core/library';
import { MAX_PHOTO_BYTES } from '../../core/media';
import { printJson, stringOption, type Command } from '../command';
import { message } from '../../core/messages';

export const addPhotoCommand: Command = {
  name: 'add-photo',
  usage: 'copydesk add-photo ID IMAGE [--caption T] [--credit T] [--alt T] [--json]',
  options: { caption: { type: 'string' }, credit: { type: 'string' }, alt: { type: 'string' } },
  positionals: 2,
  async run(context) {
    const [id = '', image = ''] = context.positionals;
    const size = await stat(image).then(
      (info) => (info.isFile() ? info.size : null),
      () => null,
    );
    if (size === null) throw new LibraryError('not-found', message('noSuchFile', { path: image }));
    // Refused before reading: a 4 GB file never reaches memory.
    if (size > MAX_PHOTO_BYTES) throw new LibraryError('invalid', message('photoTooLarge', { name: basename(image), megabytes: Math.round(size / 1048576) }));
    const bytes = await readFile(image);
    const library = await context.write();
    const given = { caption: stringOption(context.values, 'caption'), credit: stringOption(context.values, 'credit'), alt: stringOption(context.values, 'alt') };
    const { figure } = await library.photos.add(id, bytes, basename(image), given);
    await library.savePoint(id, 'command');
    const { sha256, mime, width, height } = figure.media;
    const result = { caption: figure.caption, credit: figure.attrs.credit, alt: figure.attrs.alt, media: { sha256, mime, width, height } };
    if (context.json) printJson(context, result);
    else context.out(`Added ${basename(image)} to ${id}${result.credit ? ` (${result.credit})` : ''}${result.caption ? `: ${result.caption}` : ''}`);
    return 0;
  },
};
