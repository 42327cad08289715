// Types of icons.mjs, for the tests that check its output.
export const LINUX_SIZES: number[];
export const ICO_SIZES: number[];
export const ICNS_TYPES: Array<[string, number]>;
export function drawIcon(resources: string, size: number): Promise<Buffer>;
export function icoOf(images: Array<{ size: number; png: Buffer }>): Buffer;
export function icnsOf(images: Array<{ type: string; png: Buffer }>): Buffer;
export function drawAll(resources: string): Promise<Map<string, Buffer>>;
