export { Library, defaultArticleId, type LibraryOptions } from './library';
export { LibraryError, type LibraryErrorCode } from './errors';
export { acquireLock, liveLockHolder, lockedMessage, readLock, LOCK_FILE, type LibraryLock, type LockInfo } from './lock';
export { checkLibrary, repairLibrary, referencedMedia, type CheckReport, type Problem, type RepairReport } from './check';
export { writeFileDurably, DurableJsonFile, TEMP_SUFFIX } from './durableFile';
export { LibraryLayout } from './layout';
export { summarize } from './summary';
export { libraryFormatSchemas } from './formatSchemas';
export type { MediaCleanUp } from './cleanMedia';
