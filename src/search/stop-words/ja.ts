/**
 * Ordinary words of Japanese (kanji and katakana only: hiragana-only words are ordinary anyway),
 * space-separated: loaded only for a page in that language.
 */
export default '全然 何 一 時 後 前 中 今 昨日 今日 以降 以来 ずっと';
