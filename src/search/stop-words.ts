/**
 * Ordinary words per language that say little about which module a query is about. They still
 * count, lightly, so a query of only these words finds something; they are never highlighted.
 */

const lists: Record<string, string> = {
  en: 'a an the of to in on at by for from with and or but not no is are was were be been has have had do does did dont doesnt cant cannot can any all anymore still since after before when why how what this that there it its my our we i you they again just get got keep keeps',
  sv: 'ingenting inget ingen still verkar enligt mot utan genom sig sin sitt sina bara enda ens helt alls någon något och i på att det som en ett är inte har av för med till den de om men så vi jag efter sedan när inga ingen inget några kan blir blev var vara går gick nu hos alla ut upp mer längre än också hela igen fortfarande redan eller vid under från denna detta där här vår våra mitt min vad hur varför',
  nl: 'volgens zonder tegen zich alleen enkele zelfs helemaal iets niets de het een van en in op is zijn niet geen te dat die er met voor naar bij om ook wordt worden werd werden meer nog al sinds na we wij ik ons onze mijn maar dan als of aan uit door over tot kan kunnen heeft hebben had was waren toch nu hier daar wat hoe waarom sinds gisteren vandaag steeds weer',
  // Hiragana-only words are ordinary anyway (see words.ts): only kanji and katakana ones here.
  ja: '全然 何 一 時 後 前 中 今 昨日 今日 以降 以来 ずっと',
  zh: '的 了 都 也 就 是 在 有 我 我們 你 他 這 那 個 一直 還 又 會 要 被 把 從 到 後 時 什麼 怎麼 為什麼 請問 一下 好像 突然 已經 然後 可是 但是 而且',
  ko: '안 못 좀 요 계속 다시 현재 지금 너무 그리고 그런데 근데 어제부터 오늘 갑자기 전혀 혹시 이후 후 때 수 것 하는 해요 했는데 합니다 됩니다 되는데 있어요 있습니다 같아요',
};

const sets = new Map(Object.entries(lists).map(([lang, words]) => [lang, new Set(words.split(' '))]));

/** Returns true when `word` (lowercase) is an ordinary word of English or of the locale's language. */
export function isStopWord(word: string, locale: string): boolean {
  const lang = locale.toLowerCase().split('-')[0] ?? '';
  return !!(sets.get('en')?.has(word) || sets.get(lang)?.has(word));
}
