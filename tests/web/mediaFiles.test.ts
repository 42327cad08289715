import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMediaFile } from '../../electron/mediaFiles';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs();
const SHA = 'c'.repeat(64);
const ID = '20260301-000001';

async function library(): Promise<string> {
  const root = await tempDir();
  const media = join(root, 'articles', ID, 'media');
  await mkdir(media, { recursive: true });
  await writeFile(join(media, `${SHA}.jpg`), 'original');
  await writeFile(join(root, 'secret.txt'), 'private');
  await mkdir(join(root, 'articles', '20260301-000002', 'media'), { recursive: true });
  await symlink(join(root, 'secret.txt'), join(root, 'articles', '20260301-000002', 'media', `${'d'.repeat(64)}.jpg`));
  await symlink('/etc/hostname', join(media, `${'e'.repeat(64)}.png`));
  // An article folder linked in from another library, whose photo is a real file over there.
  const other = await tempDir();
  await mkdir(join(other, 'articles', '20260301-000009', 'media'), { recursive: true });
  await writeFile(join(other, 'articles', '20260301-000009', 'media', `${SHA}.jpg`), 'another library');
  await symlink(join(other, 'articles', '20260301-000009'), join(root, 'articles', '20260301-000003'));
  return root;
}

describe('photos are served from inside the library only', () => {
  it('serves a photo the pipeline wrote', async () => {
    expect(await readMediaFile(await library(), `/media/${ID}/${SHA}.jpg`)).toEqual({ data: Buffer.from('original'), type: 'image/jpeg' });
  });

  it.each([
    `/media/${ID}/../../../secret.txt`,
    `/media/${ID}/..%2F..%2F..%2Fsecret.txt`,
    `/media/%2E%2E/${SHA}.jpg`,
    `/media/${ID}/%2Fetc%2Fpasswd`,
    `/media/${ID}/secret.txt`,
    `/media/../secret.txt`,
    `/media/20260301-000002/${'d'.repeat(64)}.jpg`,
    `/media/${ID}/${'e'.repeat(64)}.png`,
    `/media/${ID}/${SHA}.jpg%00.png`,
    `/media/${ID}/%E0%A4%A`,
    `/media/${ID}/${SHA}.svg`,
    `/media/${ID}`,
    `/media/20260301-000003/${SHA}.jpg`,
  ])('refuses %s', async (path) => {
    expect(await readMediaFile(await library(), path)).toBeNull();
  });
});
