/** Types for png.mjs (the store script is plain JavaScript; the unit test reads its output with it). */
export function pngSize(png: Uint8Array): { width: number; height: number };
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array };
