export { storePhoto, checkPhoto, type StoredPhoto, type PhotoImport } from './storePhoto';
export { readPhotoMetadata, EMPTY_METADATA, type PhotoMetadata } from './metadata';
export { identifyPhoto, type PhotoType } from './sniff';
export { readDimensions } from './dimensions';
export { MediaError } from './mediaError';
export { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, DISPLAY_MAX_SIDE } from './limits';
