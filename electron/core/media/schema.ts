import { z } from 'zod';

/** What storing a photo gives back: the files kept, and what its metadata says. Pure zod: shared with the bridge. */
export const StoredPhoto = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  original: z.string(),
  display: z.string(),
  displayWidth: z.number().int(),
  displayHeight: z.number().int(),
});
export type StoredPhoto = z.infer<typeof StoredPhoto>;

export const PhotoMetadata = z.object({
  caption: z.string(),
  credit: z.string(),
  agency: z.string(),
  alt: z.string(),
  takenAt: z.string().nullable(),
});
export type PhotoMetadata = z.infer<typeof PhotoMetadata>;

export const PhotoImport = z.object({ media: StoredPhoto, metadata: PhotoMetadata });
export type PhotoImport = z.infer<typeof PhotoImport>;

/** What the user typed wins over what the file says. */
export interface GivenPhotoText {
  caption?: string | undefined;
  credit?: string | undefined;
  alt?: string | undefined;
}
