/** pngjs (a dependency of qrcode) ships no types; the data browser tests read screenshots with it. */
declare module 'pngjs' {
  export interface PNG {
    width: number;
    height: number;
    data: Buffer;
  }
  export const PNG: {
    sync: { read(buffer: Buffer): PNG };
  };
}
