// How a query is cut into words and cleaned.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadStopWords } from '../../../src/search/stop-words.ts';
import { cleanQuery, logWriters, queryWords, runningProcesses, spaceScripts } from '../../../src/search/words.ts';

beforeAll(() => Promise.all(['sv', 'nl', 'ja'].map((l) => loadStopWords(l))));

const texts = (q: string, locale: string) => queryWords(q, locale).map((w) => w.text);

describe('queryWords() on a long paste', () => {
  test('keeps the telling words of a 2,000-character log paste, whatever prefixes come first', () => {
    const prefix = '[2026-11-02 10:14:03.123Z] 00001234 INFO some boring prefix text here and there again ';
    const paste = (prefix.repeat(18) + "ERROR Requested URL '/r/abc?id=1' cannot be found").slice(-2000);
    const words = queryWords(paste, 'ja').map((w) => w.text);
    expect(words.length).toBeLessThanOrEqual(16);
    expect(words).toEqual(expect.arrayContaining(['requested', 'cannot', 'found']));
  });
});

describe('queryWords()', () => {
  test('splits an English word from the Japanese or Korean around it', () => {
    expect(texts('workflowが止まった', 'ja')).toContain('workflow');
    expect(texts('bounce가 처리 안 됨', 'ko')).toContain('bounce');
  });

  test('strips Korean particles and drops lone kana and Hangul syllables', () => {
    expect(texts('메일이 안 나가요', 'ko')).toEqual(['메일', '나가요']);
  });

  test('counts the parts of a token as words too', () => {
    expect(texts('mta_debug@default', 'sv')).toEqual(['mta_debug@default', 'mta', 'debug', 'default']);
  });

  test('marks ordinary words, tokens and words typos can hit', () => {
    const [van, port, syslgd] = queryWords('van 6666 syslgd', 'nl');
    expect([van?.stop, port?.token, syslgd?.typo]).toEqual([true, true, true]);
    expect(queryWords('ログが出ていない', 'ja').find((w) => w.text === 'ない')?.stop).toBe(true);
  });

  test('reads a Latin word on a Japanese, Chinese or Korean site as a token only inside a sentence of that script', () => {
    const token = (q: string, locale: string, word: string) =>
      queryWords(q, locale).find((w) => w.text === word)?.token;
    expect(token('bounce が処理されない', 'ja', 'bounce')).toBe(true);
    // A query written in English alone is an English sentence: its words are words, as on the Latin-script sites.
    expect(token('no tracking log files on the server', 'zh-TW', 'files')).toBe(false);
    expect(token('no tracking log files on the server', 'sv', 'files')).toBe(false);
  });

  test('keeps a word a long ticket sentence repeats: what it is about, not a line prefix', () => {
    const ticket = '退信好像都沒回來，硬退跟軟退的數字一直是零，去信箱看才發現堆了好幾萬封沒人收';
    expect(texts(ticket, 'zh-TW')).toContain('退');
  });

  test("reads the writer of a pasted Campaign log line: the word after the line's level", () => {
    const line = "2026-08-21 03:00:12.004Z 00000f1c 00000f20   1 error   watchdog  Process 'wfserver@prod' stopped";
    expect(logWriters(line)).toEqual(['watchdog']);
    expect(logWriters('mta error: process stopped')).toEqual([]);
  });

  test('reads the port after a protocol or host, and the file a path ends with, as tokens of their own', () => {
    expect(texts('agent on udp/6666, statServerAddress localhost:7777', 'sv')).toEqual(
      expect.arrayContaining(['udp/6666', '6666', 'localhost:7777', '7777']),
    );
    expect(texts('see /usr/local/neolane/nl6/var/prod/log/wfserver.log', 'sv')).toContain('wfserver.log');
  });

  test('keeps at most sixteen words of a very long query', () => {
    expect(queryWords('mail '.repeat(50) + Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), 'sv').length).toBe(
      16,
    );
  });
});

describe('cleanQuery()', () => {
  test('removes markup characters, emoji and punctuation around words', () => {
    expect(cleanQuery('<img src=x onerror=alert(1)> 🔥 "mta"?')).toBe('img src x onerror alert 1 mta');
  });

  test('reads a pasted log up to 2,000 characters, without its timestamps, PIDs and ids', () => {
    expect(cleanQuery('a'.repeat(5000)).length).toBe(2000);
    expect(cleanQuery("2026-02-17 08:03:44.517Z 00003c10 00003c14   1 error   mta  Child process 'mtachild'")).toBe(
      'mta Child process mtachild',
    );
    expect(cleanQuery('port 8080 refused, SMTP 550 5.1.1')).toBe('port 8080 refused SMTP 550 5.1.1');
  });
  test("drops a log line's columns (ids, level, the generic writer `log`), never an error code's number", () => {
    // Decimal ids too, as Adobe's pages show them; a search box is one line: a paste's line breaks are spaces.
    const log =
      '2021-05-31T08:42:18.124Z        66462   66501   1       error   log     ODB-240000 ODBC error ' +
      '2021-05-31T08:42:48.582Z 66462 66501 1 warning log Connection seems to have been lost.';
    expect(cleanQuery(log)).toBe('ODB-240000 ODBC error Connection seems to have been lost.');
    expect(cleanQuery('2011-10-04 11:57:51.804Z B67B28C0 1 info log Updating table')).toBe('Updating table');
    // Line breaks a script's `input.value` removed: lines glued to each other are read apart.
    const glued = 'accepting new messages2024-09-02T10:15:44.121Z  8800  8812  1  info     log  Starting child';
    expect(cleanQuery(glued)).toBe('accepting new messages Starting child');
    expect(cleanQuery('SQLState: 08S012024-02-03T04:00:12.552Z  1822  1822  1  error  log  The connection')).toBe(
      'SQLState: 08S01 The connection',
    );
  });

  test('drops what nlserver prints around its answer: the banner, and the rows of running processes in a list', () => {
    const pdump =
      '$ nlserver pdump 09:02:11 > Application server for Adobe Campaign Classic (7.3 23.1 build 9359@3b6f2c1) of ' +
      '05/06/2023 web@default (3120) - 212.4 MB mta@prod (3133) - 45.0 MB nothing scheduled ran overnight';
    expect(cleanQuery(pdump)).toBe('nlserver pdump nothing scheduled ran overnight');
    // Lines glued together by a script's `input.value`: the rows are read apart from the size and the date before.
    const glued = pdump.replace('MB mta@prod', 'MBmta@prod').replace('2023 web@', '2023web@');
    expect(cleanQuery(glued)).toBe('nlserver pdump nothing scheduled ran overnight');
    expect(runningProcesses(glued)).toEqual(['web', 'mta']);
    // One row is quoted for itself (its memory): it stays.
    expect(cleanQuery('mta@prod (3133) - 2048.0 MB after a day')).toBe('mta@prod 3133 - 2048.0 MB after a day');
  });
});

describe('spaceScripts()', () => {
  test('puts a space where Latin letters meet Han, kana or Hangul', () => {
    expect(spaceScripts('log沒寫進檔案')).toBe('log 沒寫進檔案');
  });
});
