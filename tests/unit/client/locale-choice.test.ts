import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browserLocalePath, preferredLocalePath } from '../../../src/client/locale-choice.ts';
import { rememberLocale } from '../../../src/client/locale-memory.ts';

describe('browserLocalePath()', () => {
  test.each([
    [['ja-JP', 'en'], 'ja'],
    [['en-US', 'ko'], 'ko'],
    [['zh-TW'], 'zh-tw'],
    [['zh-HK'], 'zh-tw'],
    [['nl-BE', 'fr'], 'nl'],
    [['sv-FI'], 'sv'],
  ])('returns the best published locale for %j', (languages, expected) => {
    expect(browserLocalePath(languages)).toBe(expected);
  });

  test('returns undefined when no browser language is published', () => {
    expect(browserLocalePath(['en-US', 'de'])).toBeUndefined();
  });
});

describe('preferredLocalePath()', () => {
  const stored = new Map<string, string>();
  beforeEach(() => {
    stored.clear();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    });
    vi.stubGlobal('navigator', { languages: ['ja-JP'], language: 'ja-JP' });
    vi.stubGlobal('location', { search: '' });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('returns the language remembered by the last page read, over the browser language', () => {
    rememberLocale('nl');
    expect(preferredLocalePath()).toBe('nl');
  });

  test('returns the browser language when nothing is remembered', () => {
    expect(preferredLocalePath()).toBe('ja');
  });

  test('returns nothing when the reader asked for the chooser (?choose)', () => {
    rememberLocale('nl');
    vi.stubGlobal('location', { search: '?choose' });
    expect(preferredLocalePath()).toBeUndefined();
  });
});
