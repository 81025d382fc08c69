/** Damages text the ways broken pipelines do, so the mojibake tests seed their own defects. */

const utf8 = new TextEncoder();
const windows1252 = new TextDecoder('windows-1252');

/** The two legacy decodings a UTF-8 text is most often read with. */
export const encodings = {
  'Windows-1252': (text: string) => windows1252.decode(utf8.encode(text)),
  // WHATWG's "latin1" label decodes as Windows-1252; real ISO-8859-1 maps 0x80–0x9F to C1 controls.
  'Latin-1': (text: string) => String.fromCharCode(...utf8.encode(text)),
} as const;
export type Encoding = keyof typeof encodings;

/** Returns the text as a reader sees it after its UTF-8 bytes were decoded with `encoding`, `times` times. */
export function damage(text: string, encoding: Encoding, times = 1): string {
  let out = text;
  for (let i = 0; i < times; i++) out = encodings[encoding](out);
  return out;
}

/** A word of each locale's script, as the site writes it. */
export const words = {
  'zh-TW': '退信信箱',
  ja: 'ログの精度',
  sv: 'spårningsloggar',
  ko: '로그 파일',
  nl: 'geïmporteerd',
} as const;
