/**
 * Reads and writes Pagefind's files as its wasm reads them: a gzip of `pagefind_dcd` and CBOR (definite lengths
 * only, as Pagefind writes). Items are read as byte ranges, so that what is not changed is copied byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const signature = Buffer.from('pagefind_dcd');

/** One CBOR data item's header: its major type, its argument (a length or a number) and where its content starts. */
type Head = { major: number; value: number; start: number };

/** Reads the header of the CBOR item at `at` (definite lengths only, as Pagefind writes). */
export function head(data: Buffer, at: number): Head {
  const first = data[at]!;
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, start: at + 1 };
  const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
  if (!size) throw new Error(`Unexpected CBOR item 0x${first.toString(16)} at byte ${at} of a Pagefind file.`);
  return { major, value: Number(data.readUIntBE(at + 1, Math.min(size, 6))), start: at + 1 + size };
}

/** Returns where the CBOR item at `at` ends. */
export function skip(data: Buffer, at: number): number {
  const { major, value, start } = head(data, at);
  if (major === 2 || major === 3) return start + value;
  if (major === 4 || major === 5) {
    let next = start;
    for (let i = 0; i < value * (major === 5 ? 2 : 1); i++) next = skip(data, next);
    return next;
  }
  if (major === 6) return skip(data, start);
  return start;
}

/** The byte ranges of the items of the CBOR array at `at`. */
export function items(data: Buffer, at: number): { from: number; to: number }[] {
  const { major, value, start } = head(data, at);
  if (major !== 4) throw new Error(`Expected a CBOR array at byte ${at} of a Pagefind file.`);
  const out: { from: number; to: number }[] = [];
  let next = start;
  for (let i = 0; i < value; i++) {
    const to = skip(data, next);
    out.push({ from: next, to });
    next = to;
  }
  return out;
}

/** The header of a CBOR array or text of `length`. */
export function header(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  if (length < 65536) return Buffer.from([(major << 5) | 25, length >> 8, length & 255]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(length, 1);
  return b;
}

export const text = (s: string) => Buffer.concat([header(3, Buffer.byteLength(s)), Buffer.from(s)]);
export const array = (parts: Buffer[]) => Buffer.concat([header(4, parts.length), ...parts]);

/** Reads a Pagefind file: its CBOR, after the signature. */
export function readPagefind(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (!data.subarray(0, signature.length).equals(signature)) throw new Error(`${file} is not a Pagefind file.`);
  return data.subarray(signature.length);
}

export const sha = (data: Buffer, length: number) => createHash('sha256').update(data).digest('hex').slice(0, length);
export const writePagefind = (cbor: Buffer) => gzipSync(Buffer.concat([signature, cbor]), { level: 9 });

/** Reads the CBOR text at `at`. */
export function textAt(data: Buffer, at: number): string {
  const h = head(data, at);
  return data.toString('utf8', h.start, h.start + h.value);
}

/**
 * Rewrites one field of each metadata file of the bundle in `bundle` (1: the records, 2: the index chunks):
 * `rewrite` gets the metadata and the field's items and returns the field's new CBOR. The metadata is written
 * under a new name (its hash) and `pagefind-entry.json` points to it.
 */
export function rewriteMeta(
  bundle: string,
  field: number,
  rewrite: (meta: Buffer, list: { from: number; to: number }[]) => Buffer,
): void {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const language of Object.values(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${language.hash}.pf_meta`);
    const meta = readPagefind(metaFile);
    const fields = items(meta, 0);
    const replaced = rewrite(meta, items(meta, fields[field]!.from));
    const data = writePagefind(
      array(fields.map(({ from, to }, i) => (i === field ? replaced : meta.subarray(from, to)))),
    );
    const hash = `${language.hash.split('_')[0]}_${sha(data, 15)}`;
    rmSync(metaFile);
    writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), data);
    language.hash = hash;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
}
