/** Ordinary words of Chinese, space-separated: loaded only for a page in that language. */
export default '的 了 都 也 就 是 在 有 我 我們 你 他 這 那 個 一直 還 又 會 要 被 把 從 到 後 時 什麼 怎麼 為什麼 請問 一下 好像 突然 已經 然後 可是 但是 而且';
