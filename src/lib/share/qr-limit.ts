// How long a link a QR code can carry and still be scanned from a classroom screen. The format tops out near
// 2,900 characters, but codes that dense need a steady hand and a sharp camera; past this we offer the link
// or a quiz file instead.
export const QR_MAX_CHARS = 1_200;
export const fitsQr = (text: string): boolean => text.length <= QR_MAX_CHARS;
