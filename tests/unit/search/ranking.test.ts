// Ranking rules over a fake index: tokens, typos, weights, particles, CJK spacing, OR, phrase, language.
import { describe, expect, test } from 'vitest';
import { qualifiers, rank } from '../../../src/search/ranking.ts';
import { queryWords } from '../../../src/search/words.ts';
import { fakeIndex, type FakeRecord } from './fake-index.ts';

/** Module ids of a ranking, in order. */
const order = async (records: FakeRecord[], query: string, locale = 'sv', verbatim = false) =>
  (await rank(fakeIndex(records).search, query, locale, { verbatim })).entries.map((e) => e.meta.module);

const sv: FakeRecord[] = [
  {
    module: 'syslogd',
    lang: 'sv',
    content: 'loggfilen är tom / loggar saknas i loggfilerna / port 6666/udp / nlserver restart syslogd',
  },
  {
    module: 'stat',
    lang: 'sv',
    content: 'statistik för MTA-anslutningar saknas / port 7777 svarar inte / nlserver restart stat@<instance>',
  },
  {
    module: 'mta',
    lang: 'sv',
    content: 'e-post skickas inte / mejl fastnar i leveranskön / port 25/tcp / nlserver restart mta@<instance>',
  },
  { module: 'wfserver', lang: 'sv', content: 'arbetsflödet har fastnat / nlserver restart wfserver@<instance>' },
  { content: 'Lista över öppna portar: port 6666 port 7777 port 8080 port 25' },
];

describe('rank()', () => {
  test('puts the module that alone owns a port first, whatever words surround it', async () => {
    expect((await order(sv, 'port 7777 loggar saknas'))[0]).toBe('stat');
    expect((await order(sv, 'UDP 6666 logs missing'))[0]).toBe('syslogd');
  });

  test('puts the module whose id the query names first in a sentence that matches others more', async () => {
    expect((await order(sv, 'mejl fastnar i kön, syslogd'))[0]).toBe('syslogd');
  });

  test('searches a Latin word that matches nothing as the closest module id, and says so', async () => {
    const r = await rank(fakeIndex(sv).search, 'syslgd', 'sv');
    expect(r.entries[0]?.meta.module).toBe('syslogd');
    expect(r.corrected).toBe('syslogd');
  });

  test('does not read the records of a common token that cannot be a module id to find its owner', async () => {
    // Twenty modules name port 8080: no one owns it, and no id is made of digits, so only the best are opened.
    const many: FakeRecord[] = Array.from({ length: 20 }, (_, i) => ({
      module: `m${i}`,
      lang: 'sv',
      content: `port 8080 svarar inte ${'x '.repeat(i)}`,
    }));
    const { search, opened } = fakeIndex(many);
    const r = await rank(search, '8080', 'sv');
    expect(r.entries.length).toBeGreaterThan(0);
    expect(opened.size).toBeLessThanOrEqual(8);
  });

  test('does not correct, word by word, a sentence in another language that the index does not hold', async () => {
    // Swedish records whose words start like the Dutch ones: correcting each Dutch word would read them all.
    const many: FakeRecord[] = Array.from({ length: 20 }, (_, i) => ({
      module: `m${i}`,
      lang: 'sv',
      content: `wordlista nivåer verktyg kommando ${'x '.repeat(i)}`,
    }));
    const { search, opened } = fakeIndex(many);
    const r = await rank(search, 'worden niet verzonden komen', 'sv');
    expect(r.corrected).toBeUndefined();
    expect(opened.size).toBe(0);
    // It names its words as unmatched, so that the other languages' indexes are searched next.
    expect(r.unmatched).toEqual(['worden', 'niet', 'verzonden', 'komen']);
  });

  test('reads a module id qualifying the next word as part of that product term, not as the id', async () => {
    const records: FakeRecord[] = [
      { module: 'tracking', lang: 'sv', content: 'tracking spårning klick öppningar integreras i databasen' },
      { module: 'trackinglogd', lang: 'sv', content: 'trackinglogd spårningsloggar skrivs på omdirigeringsservern' },
    ];
    // `tracking` alone names its module as an id; `tracking logs` are the tracking log daemon's.
    expect((await order(records, 'tracking inga klick'))[0]).toBe('tracking');
    expect((await order(records, 'tracking logs saknas på omdirigeringsservern'))[0]).toBe('trackinglogd');
    expect(qualifiers(queryWords('tracking logs saknas', 'sv'), 'sv')).toEqual(new Set(['tracking']));
    expect(qualifiers(queryWords('tracking workflow', 'sv'), 'sv')).toEqual(new Set());
    // So does another module's product word: to `log on` is to log in, not the log server's.
    expect(qualifiers(queryWords('cannot log on to the console', 'nl'), 'nl')).toEqual(new Set(['log']));
  });

  test("reads a query in another language with that language's product words", async () => {
    const records: FakeRecord[] = [
      { module: 'wfserver', lang: 'sv', content: 'schema enligt körs' },
      { module: 'export', lang: 'sv', content: 'exporten' },
      { module: 'mta', lang: 'sv', content: 'körs' },
    ];
    const { search } = fakeIndex(records);
    const words = ['exporten', 'körs', 'enligt', 'schema'];
    const wide = (languages: string[] = []) =>
      rank(search, words.join(' '), 'ja', { foreign: { words, search, languages } });
    // On the Japanese site `exporten` is no product word, unless the Swedish words are read too.
    expect((await wide()).entries[0]?.meta.module).toBe('wfserver');
    expect((await wide(['sv'])).entries[0]?.meta.module).toBe('export');
  });

  test('corrects a typo whose last letters look like an ending (`wfserer` is not an inflection of `wfser`)', async () => {
    const r = await rank(fakeIndex(sv).search, 'wfserer svarar inte', 'sv');
    expect(r.entries[0]?.meta.module).toBe('wfserver');
    expect(r.corrected).toBe('wfserver svarar inte');
  });

  test('puts the writer of a pasted log line first, though its message names another module', async () => {
    const records: FakeRecord[] = [
      { module: 'watchdog', lang: 'sv', content: 'watchdog startar om processer / nlserver restart watchdog' },
      { module: 'wfserver', lang: 'sv', content: 'wfserver process stopped unexpectedly / wfserver@<instance>' },
    ];
    const line = "2026-08-21 03:00:12.004Z 00000f1c 00000f20   1 error   watchdog  Process 'wfserver@prod' stopped";
    expect((await order(records, line))[0]).toBe('watchdog');
    // The same words, not a log line: the message's module matches more.
    expect((await order(records, "watchdog Process 'wfserver@prod' stopped unexpectedly"))[0]).toBe('wfserver');
  });

  test("reads an English ticket's words as the words of the reader's language (`sent` as `skick…`)", async () => {
    const records: FakeRecord[] = [
      { module: 'mta', lang: 'sv', content: 'e-postmeddelanden skickas inte längre' },
      { module: 'syslogd', lang: 'sv', content: 'loggfilerna skrivs inte' },
    ];
    expect((await order(records, 'not sent anymore'))[0]).toBe('mta');
    expect((await order(records, 'nothing written since monday'))[0]).toBe('syslogd');
  });

  test('lets no digit own a module: it counts things (`2 hours`), where a port is a token', async () => {
    const records: FakeRecord[] = [
      { module: 'inMail', lang: 'sv', content: '550 5.2.2 User quota exceeded' },
      { module: 'mta', lang: 'sv', content: 'e-postmeddelanden skickas inte, leveransen väntar' },
    ];
    expect((await order(records, 'leveransen väntar sedan 2 timmar'))[0]).toBe('mta');
    expect((await order(sv, 'agent listens on udp/6666'))[0]).toBe('syslogd');
  });

  test('does not correct an ordinary English word into a module id (`stay` is no `stat`)', async () => {
    const r = await rank(fakeIndex(sv).search, 'arbetsflödet stay fastnat', 'sv');
    expect(r.entries[0]?.meta.module).toBe('wfserver');
    expect(r.corrected).toBeUndefined();
  });

  test('puts the modules a pasted process list shows running after the one it lacks', async () => {
    const records: FakeRecord[] = [
      { module: 'mta', lang: 'sv', content: 'leveranser skickas inte / nlserver pdump / mta@<instance>' },
      { module: 'wfserver', lang: 'sv', content: 'schemalagda arbetsflöden körs inte / nlserver pdump' },
    ];
    const rows = 'web@default (3120) - 212.4 MB mta@prod (3133) - 45.0 MB';
    expect((await order(records, `nlserver pdump ${rows} leveranser skickas, schemalagda körs inte`))[0]).toBe(
      'wfserver',
    );
    // Named besides the list, a module listed is what the ticket is about.
    expect((await order(records, `mta@prod tar 2 GB: nlserver pdump ${rows}`))[0]).toBe('mta');
  });

  test('searches the word as typed when asked to, correcting nothing', async () => {
    const r = await rank(fakeIndex(sv).search, 'syslgd', 'sv', { verbatim: true });
    expect(r.entries).toEqual([]);
    expect(r.corrected).toBeUndefined();
  });

  test('does not correct Chinese or Japanese words', async () => {
    const { search, asked } = fakeIndex([{ module: 'wfserver', lang: 'ja', content: 'ワークフローが止まる' }]);
    const r = await rank(search, 'ワークフロ止', 'ja');
    expect(r.corrected).toBeUndefined();
    expect(asked.every((t) => !/^[a-z]/.test(t))).toBe(true);
  });

  test('does not correct a short word to an ordinary word', async () => {
    const r = await rank(fakeIndex(sv).search, 'tomx', 'sv');
    expect(r.corrected).toBeUndefined();
  });

  test('lets a rare word outweigh many common ones in a long sentence', async () => {
    const records: FakeRecord[] = [
      ...['a', 'b', 'c', 'd'].map((m) => ({
        module: m,
        lang: 'nl',
        content: 'de server werkt niet meer sinds gisteren',
      })),
      { module: 'inMail', lang: 'nl', content: 'bouncemailbox wordt niet gelezen' },
    ];
    const q = 'sinds gisteren werkt de server niet meer en de bouncemailbox wordt nooit gelezen door niemand';
    expect((await order(records, q, 'nl'))[0]).toBe('inMail');
  });

  test('lets ordinary words weigh little, however many they are', async () => {
    const records: FakeRecord[] = [
      { module: 'a', lang: 'sv', content: 'och i på att det som en ett är inte har' },
      { module: 'wfserver', lang: 'sv', content: 'arbetsflödet' },
    ];
    expect((await order(records, 'arbetsflödet och i på att det som en ett är inte har'))[0]).toBe('wfserver');
  });

  test('does not look ordinary words up when the query has another word: each would cost an index chunk', async () => {
    const { search, asked } = fakeIndex(sv);
    expect((await rank(search, 'loggfilen är inte tom', 'sv')).entries[0]?.meta.module).toBe('syslogd');
    expect(asked).not.toContain('är');
    expect(asked).not.toContain('inte');
  });

  test('finds a record when one word of the query is unknown (OR, not AND)', async () => {
    expect(await order(sv, 'arbetsflödet blåbärssoppa')).toEqual(['wfserver']);
  });

  test('gives the whole-query bonus only to records holding every word found in either merged index', async () => {
    // `hamnar` is only in the page index: the module index drops it from the whole query, so that
    // its answer (`inMail`, which holds the other two words) does not hold every word of the query.
    const records: FakeRecord[] = [
      { module: 'tracking', lang: 'sv', content: 'brevlådan brevlådan brevlådan' },
      { module: 'inMail', lang: 'sv', content: 'brevlådan inte' },
      { content: 'hamnar', index: 1 },
    ];
    const r = await rank(fakeIndex(records).search, 'brevlådan hamnar inte', 'sv');
    expect(r.entries.map((e) => e.meta.module)).toEqual(['tracking', 'inMail']);
  });

  test('weighs a word by the module records holding it, page sections not counted', async () => {
    // `loggraderna` is in one module record and, by Pagefind's last resort (`logg`), in page sections.
    const records: FakeRecord[] = [
      { module: 'syslogd', lang: 'sv', content: 'loggraderna saknas' },
      { module: 'inMail', lang: 'sv', content: 'försvinner ur brevlådan' },
      { module: 'stat', lang: 'sv', content: 'försvinner ur statistiken' },
      ...['a', 'b', 'c', 'd'].map((x) => ({ content: `loggraderna ${x}`, index: 1 })),
    ];
    expect((await order(records, 'loggraderna försvinner'))[0]).toBe('syslogd');
  });

  test('gives a token to the one module record holding it, page sections holding it too not counted', async () => {
    const records: FakeRecord[] = [
      { module: 'mta', lang: 'nl', content: 'mta_debug.log blijft leeg' },
      { module: 'trackinglogd', lang: 'nl', content: 'bestand blijft leeg bestand leeg' },
      ...Array.from({ length: 12 }, (_, i) => ({ content: `mta_debug sectie ${i}`, index: 1 })),
    ];
    expect((await order(records, 'mta_debug bestand blijft leeg', 'nl'))[0]).toBe('mta');
  });

  test('strips Korean particles before searching', async () => {
    const { search, asked } = fakeIndex([{ module: 'mta', lang: 'ko', content: '메일을 발송하지 않음' }]);
    const r = await rank(search, '메일이 안 나가요', 'ko');
    expect(asked).toContain('메일');
    expect(r.entries[0]?.meta.module).toBe('mta');
  });

  test('spaces Chinese and Japanese words for an index that splits on spaces only', async () => {
    const { search, asked } = fakeIndex([{ module: 'mta', lang: 'ja', content: 'メール が 送信 され ない' }]);
    const r = await rank(search, 'メールが送信されない', 'sv');
    expect(asked).toEqual(expect.arrayContaining(['メール', '送信']));
    expect(r.entries[0]?.meta.module).toBe('mta');
  });

  test('puts an exact phrase of the reader’s language first', async () => {
    const records: FakeRecord[] = [
      { module: 'stat', lang: 'zh-TW', content: '郵件寄 統計 寄不 郵件 不出去 郵件 寄 出去 郵件' },
      { module: 'mta', lang: 'zh-TW', content: '郵件寄不出去' },
    ];
    expect((await order(records, '郵件寄不出去', 'zh-TW'))[0]).toBe('mta');
  });

  test('shows only the reader’s language for words it holds, another language only for the words it lacks', async () => {
    const records: FakeRecord[] = [
      { module: 'web', lang: 'ja', content: 'console session error / nlserver stop web' },
      { module: 'web', lang: 'sv', content: 'konsolen / nlserver stop web / stoppar' },
      { module: 'mta', lang: 'ja', content: 'メール が 送信 され ない / nlserver stop mta' },
    ];
    const neutral = await rank(fakeIndex(records).search, 'nlserver stop', 'sv');
    expect(neutral.entries.map((e) => [e.meta.module, e.meta.lang])).toEqual([['web', 'sv']]);
    const japanese = await rank(fakeIndex(records).search, 'メールが送信されない', 'sv');
    expect(japanese.entries.map((e) => [e.meta.module, e.meta.lang, e.own])).toEqual([['mta', 'ja', false]]);
  });

  test('maps English product words to the module that owns them in every locale', async () => {
    const records: FakeRecord[] = [
      { module: 'tracking', lang: 'ko', content: '추적 워크플로 오류' },
      { module: 'wfserver', lang: 'ko', content: '워크플로 멈춤 / wfserver' },
    ];
    expect((await order(records, 'workflow 멈춤', 'ko'))[0]).toBe('wfserver');
  });

  test('reads a locale’s other word for a product word as that word, and as its module', async () => {
    const records: FakeRecord[] = [
      { module: 'tracking', lang: 'sv', content: 'spårningsloggar skickas inte' },
      { module: 'inMail', lang: 'sv', content: 'studsmeddelanden hämtas inte' },
    ];
    const r = await rank(fakeIndex(records).search, 'returmejl kommer inte', 'sv');
    expect(r.entries[0]?.meta.module).toBe('inMail');
    expect(r.marks).toContain('studsmeddelanden');
    // Found through the locale's term, it is not a typo to correct into another word.
    const alone = await rank(fakeIndex([...records, { content: 'returnera' }]).search, 'returmejl', 'sv');
    expect(alone.entries[0]?.meta.module).toBe('inMail');
    expect(alone.corrected).toBeUndefined();
  });

  test('highlights the words that matched, not ordinary words', async () => {
    const r = await rank(fakeIndex(sv).search, 'loggfilen är tom', 'sv');
    expect(r.marks).toEqual(expect.arrayContaining(['loggfilen', 'tom']));
    expect(r.marks).not.toContain('är');
  });

  test('returns nothing, without failing, for punctuation, emoji, right-to-left text and stop words only', async () => {
    for (const q of ['?!…()', '🔥🔥', 'البريد لا يعمل', 'och i på', '<script>alert(1)</script>'.repeat(80)]) {
      await expect(rank(fakeIndex(sv).search, q, 'sv')).resolves.toBeDefined();
    }
    expect((await rank(fakeIndex(sv).search, '?!…()', 'sv')).entries).toEqual([]);
  });

  test('finds the module of a pasted log line with brackets and quotes', async () => {
    const line = `2026-12-01 10:22:03.120Z 00002F1C 1 error "connection refused" [stat@default] port 7777`;
    expect((await order(sv, line))[0]).toBe('stat');
  });
});
