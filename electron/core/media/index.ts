export { storePhoto, checkPhoto } from './storePhoto';
export { readPhotoMetadata, EMPTY_METADATA } from './metadata';
export { StoredPhoto, PhotoMetadata, PhotoImport, type GivenPhotoText } from './schema';
export { figureFromPhoto } from './figureFromPhoto';
export { identifyPhoto, type PhotoType } from './photoType';
export { MediaError } from './mediaError';
export { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, DISPLAY_MAX_SIDE } from './limits';
