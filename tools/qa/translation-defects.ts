/**
 * Detectors (and, where the right text is certain, repairs) for the defects that Adobe's machine
 * translations put into text: mojibake (mojibake.ts), invisible characters, damaged do-not-translate
 * tokens and known machine-translation artefacts. The importer runs them on upstream
 * files and the content linter on ours, so both report a defect in the same words.
 */
import type { LocaleCode } from '../../src/locales.ts';
import { findMojibake } from './mojibake.ts';

export { findMojibake } from './mojibake.ts';

/** The families of defects, as reports group them. */
export type DefectKind =
  | 'module-name'
  | 'markup'
  | 'code-token'
  | 'mojibake'
  | 'invisible'
  | 'mt-artefact'
  | 'source-slip'
  | 'stale-revision'
  | 'link'
  | 'front-matter';

/** One defect found in a string: where it starts, the bad text, what is wrong and how to fix it. */
export type TextDefect = {
  kind: DefectKind;
  /** Offset of `found` in the string. */
  index: number;
  found: string;
  problem: string;
  fix: string;
  /** The corrected text for `found`, when the correction is certain. */
  replacement?: string;
};

/** Where a string sits, which some detectors need: the `import` row has its own slip. */
export type TextContext = { module?: string; field?: string };

// --- do-not-translate tokens -----------------------------------------------------------------

/** Full-width or ideographic punctuation that machine translation puts inside ASCII tokens. */
export const fullWidthPunctuation =
  /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u3000-\u3003\u3008-\u3011\uFE30-\uFE4F]/u;

/**
 * `xtk:session` with damage: a word inserted before the colon (`xtk activeren:session`), a
 * full-width colon (`xtk：session`), or the word after it translated (`xtk:sessie`).
 */
// The word after the colon is Latin: CJK text often follows the token directly (xtk:session類型).
const xtkSession = /\bxtk(\s+[\p{L}]+)?\s*([:：﹕︰])\s*([A-Za-z\u00C0-\u024F]+)/gu;

/** Returns damaged forms of the `xtk:session` token in a string. */
function damagedXtkSession(text: string): TextDefect[] {
  const out: TextDefect[] = [];
  for (const m of text.matchAll(xtkSession)) {
    const [found, inserted, colon, word = ''] = m;
    const translatedWord = word !== 'session' && /^sess/i.test(word);
    if (!inserted && colon === ':' && !translatedWord) continue;
    if (inserted && word !== 'session' && !translatedWord) continue;
    let what = `"session" translated as "${word}"`;
    if (inserted) what = `the word "${inserted.trim()}" inserted into it`;
    else if (colon !== ':') what = `a full-width colon "${colon}"`;
    out.push({
      kind: 'code-token',
      index: m.index,
      found,
      problem: `damaged code token "${found}" (${what})`,
      fix: 'write the token exactly as `xtk:session`',
      replacement: 'xtk:session',
    });
  }
  return out;
}

/** Returns full-width punctuation between ASCII letters or digits (`6666：udp`), or anywhere in a code token. */
function fullWidthInToken(text: string, code: boolean): TextDefect[] {
  const out: TextDefect[] = [];
  // In prose only the punctuation that joins a token (xtk：session, var／log) counts: CJK text
  // rightly puts full-width brackets and semicolons next to ASCII words (HTTP/SOAP（8080）).
  const pattern = code
    ? new RegExp(fullWidthPunctuation.source, 'gu')
    : /(?<=[A-Za-z0-9_])[：／．＿－＠＝](?=[A-Za-z0-9_])/gu;
  for (const m of text.matchAll(pattern)) {
    const ascii = m[0].normalize('NFKC');
    out.push({
      kind: 'code-token',
      index: m.index,
      found: m[0],
      problem:
        `full-width "${m[0]}" inside the code token ` +
        `"${code ? text : text.slice(Math.max(0, m.index - 12), m.index + 12).trim()}"`,
      fix: `type the ASCII "${ascii === m[0] ? '' : ascii}" instead; code tokens are copied into terminals verbatim`,
      ...(ascii !== m[0] && ascii.length === 1 ? { replacement: ascii } : {}),
    });
  }
  return out;
}

// --- machine-translation artefacts --------------------------------------------------------------

type Artefact = {
  pattern: RegExp;
  problem: (found: string) => string;
  fix: string;
  replace?: (found: string) => string;
};

/** Known machine-translation slips per locale (the facts sheet's list of upstream defects and terms). */
const artefacts: Partial<Record<LocaleCode, Artefact[]>> = {
  'zh-TW': [
    {
      pattern: /運算子/gu,
      problem: () => '"運算子" is a mathematical operator, not the person who schedules the job',
      fix: 'write 操作員',
      replace: () => '操作員',
    },
  ],
  ko: [
    {
      pattern: /연산자/gu,
      problem: () => '"연산자" is a mathematical operator, not the person who schedules the job',
      fix: 'write 운영자',
      replace: () => '운영자',
    },
  ],
  sv: [
    {
      pattern: /\b[Oo]peratorn\b/gu,
      problem: (f) => `"${f}" is a mathematical operator, not the person who schedules the job`,
      fix: 'write "operatören"',
      replace: (f) => (f[0] === 'O' ? 'Operatören' : 'operatören'),
    },
    {
      pattern: /\bMarkera(?= (?:den här |denna )?modul)/gu,
      problem: () => '"Markera" means select or mark; the source says check',
      fix: 'write "Kontrollera"',
      replace: () => 'Kontrollera',
    },
  ],
  nl: [
    {
      pattern: /\b[Hh]aven(?=\s*`?\d)/gu,
      problem: (f) => `"${f}" (harbour) is used for a network port`,
      fix: 'write "poort"',
      replace: (f) => (f[0] === 'H' ? 'Poort' : 'poort'),
    },
    // `door:sturen`: a colon inside a word (the source's "forward" split by the engine).
    {
      pattern: /(?<![\p{L}\d/.`:-])(?!(?:xtk|nms|ncm|nl|crm|https?|mailto):)\p{Ll}{2,}:\p{Ll}{2,}(?![\p{L}\d/:])/gu,
      problem: (f) => `"${f}" has a colon inside a word`,
      fix: 'remove the colon (door:sturen → doorsturen)',
      replace: (f) => f.replace(':', ''),
    },
  ],
};
artefacts.sv!.push({ ...artefacts.nl![1]!, replace: (f) => f.replace(':', '') });

/**
 * The English source says "this export" in the import row, and every translation copies it.
 * The pattern finds the export word of each locale; `replace` gives the import word.
 */
const exportSlip: Record<LocaleCode, { pattern: RegExp; replace: (found: string) => string }> = {
  'zh-TW': { pattern: /匯出|導出/gu, replace: () => '匯入' },
  ja: { pattern: /エクスポート/gu, replace: () => 'インポート' },
  ko: { pattern: /내보내기/gu, replace: () => '가져오기' },
  sv: { pattern: /\b[Ee]xport/gu, replace: (f) => (f[0] === 'E' ? 'Import' : 'import') },
  nl: { pattern: /\b[Ee]xport/gu, replace: (f) => (f[0] === 'E' ? 'Import' : 'import') },
};

// --- all detectors ------------------------------------------------------------------------------

/**
 * Returns every defect in a string of the given locale. `code` marks the string as a code token
 * (any full-width punctuation is then a defect); `context` enables the row-specific checks.
 */
export function findTextDefects(
  text: string,
  locale: LocaleCode,
  context: TextContext = {},
  code = false,
): TextDefect[] {
  const out: TextDefect[] = [];
  const damaged = new Set<number>();
  for (const m of findMojibake(text)) {
    for (let k = 0; k < m.found.length; k++) damaged.add(m.index + k);
    out.push({
      kind: 'mojibake',
      index: m.index,
      found: m.found,
      problem: `mojibake "${m.found}" (${m.how})${m.replacement ? `; it most likely read "${m.replacement}"` : ''}`,
      fix: m.replacement ? `retype it as "${m.replacement}"` : 'retype the damaged characters from the source',
      ...(m.replacement ? { replacement: m.replacement } : {}),
    });
  }
  for (const m of text.matchAll(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu)) {
    // The soft hyphen of `ä¸­` (中 read as Windows-1252) is part of the mojibake, reported once.
    if (damaged.has(m.index)) continue;
    out.push({
      kind: 'invisible',
      index: m.index,
      found: m[0],
      problem: `invisible character U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      fix: 'delete it',
      replacement: '',
    });
  }
  out.push(...damagedXtkSession(text));
  const taken = new Set(
    out
      .filter((d) => d.kind === 'code-token')
      .flatMap((d) => Array.from({ length: d.found.length }, (_, i) => d.index + i)),
  );
  out.push(...fullWidthInToken(text, code).filter((d) => !taken.has(d.index)));
  if (!code) {
    for (const a of artefacts[locale] ?? []) {
      for (const m of text.matchAll(a.pattern)) {
        // `xtk activeren:session` is one damaged token, already reported as such.
        if (taken.has(m.index) || taken.has(m.index + m[0].length - 1)) continue;
        out.push({
          kind: 'mt-artefact',
          index: m.index,
          found: m[0],
          problem: a.problem(m[0]),
          fix: a.fix,
          ...(a.replace ? { replacement: a.replace(m[0]) } : {}),
        });
      }
    }
    if (context.module === 'import' && context.field === 'troubleshooting') {
      const slip = exportSlip[locale];
      for (const m of text.matchAll(slip.pattern)) {
        out.push({
          kind: 'source-slip',
          index: m.index,
          found: m[0],
          problem:
            `the import row says "${m[0]}" (export) where it means import: a slip of the English source ("this ` +
            `export") that the translation copied`,
          fix: `write "${slip.replace(m[0])}"`,
          replacement: slip.replace(m[0]),
        });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Applies the certain repairs among `defects` to `text` (overlapping ones are skipped). */
export function applyRepairs(text: string, defects: readonly TextDefect[]): string {
  let out = '';
  let at = 0;
  for (const d of [...defects].sort((a, b) => a.index - b.index)) {
    if (d.replacement === undefined || d.index < at) continue;
    out += text.slice(at, d.index) + d.replacement;
    at = d.index + d.found.length;
  }
  return out + text.slice(at);
}

/** Returns the text with every certain repair applied. */
export function repairText(text: string, locale: LocaleCode, context: TextContext = {}, code = false): string {
  return applyRepairs(text, findTextDefects(text, locale, context, code));
}
