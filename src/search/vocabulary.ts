/**
 * English product words support staff type in every language (`workflow` in a Japanese sentence), with
 * each locale's word for them and the module that owns what they name.
 */

type Terms = Record<'zh-TW' | 'ja' | 'sv' | 'ko' | 'nl', string> & { owner?: string };

const vocabulary: Record<string, Terms> = {
  workflow: {
    'zh-TW': '工作流程',
    ja: 'ワークフロー',
    sv: 'arbetsflöde',
    ko: '워크플로',
    nl: 'workflow',
    owner: 'wfserver',
  },
  bounce: { 'zh-TW': '退信', ja: 'バウンス', sv: 'studsmeddelanden', ko: '바운스', nl: 'bouncemails', owner: 'inMail' },
  tracking: { 'zh-TW': '追蹤', ja: 'トラッキング', sv: 'spårning', ko: '추적', nl: 'tracking', owner: 'tracking' },
  delivery: { 'zh-TW': '傳遞', ja: '配信', sv: 'utskick', ko: '발송', nl: 'verzending', owner: 'mta' },
  console: { 'zh-TW': '主控台', ja: 'コンソール', sv: 'konsolen', ko: '콘솔', nl: 'console', owner: 'web' },
  log: { 'zh-TW': '日誌', ja: 'ログ', sv: 'loggar', ko: '로그', nl: 'logs', owner: 'syslogd' },
  mail: { 'zh-TW': '郵件', ja: 'メール', sv: 'mejl', ko: '메일', nl: 'mails' },
  email: { 'zh-TW': '郵件', ja: 'メール', sv: 'e-post', ko: '이메일', nl: 'e-mails' },
  click: { 'zh-TW': '點擊', ja: 'クリック', sv: 'klick', ko: '클릭', nl: 'klikken' },
  redirect: {
    'zh-TW': '重新導向',
    ja: 'リダイレクト',
    sv: 'omdirigering',
    ko: '리디렉션',
    nl: 'omleiding',
    owner: 'trackinglogd',
  },
  login: { 'zh-TW': '登入', ja: 'ログイン', sv: 'logga', ko: '로그인', nl: 'inloggen', owner: 'web' },
  port: { 'zh-TW': '連接埠', ja: 'ポート', sv: 'port', ko: '포트', nl: 'poort' },
  process: { 'zh-TW': '處理程序', ja: 'プロセス', sv: 'processer', ko: '프로세스', nl: 'proces' },
  statistics: { 'zh-TW': '統計', ja: '統計', sv: 'statistik', ko: '통계', nl: 'statistieken', owner: 'stat' },
  queue: { 'zh-TW': '佇列', ja: 'キュー', sv: 'kön', ko: '대기열', nl: 'wachtrij', owner: 'mta' },
  duplicate: { 'zh-TW': '重複', ja: '重複', sv: 'dubbletter', ko: '중복', nl: 'dubbele', owner: 'import' },
};

// Plural and short forms readers type for the same word.
const forms: Record<string, string> = {
  workflows: 'workflow',
  bounces: 'bounce',
  deliveries: 'delivery',
  logs: 'log',
  mails: 'mail',
  emails: 'email',
  'e-mail': 'email',
  clicks: 'click',
  redirection: 'redirect',
  redirections: 'redirect',
  logon: 'login',
  ports: 'port',
  processes: 'process',
  stats: 'statistics',
  duplicates: 'duplicate',
};

/** Returns the locale's word for an English product word (lowercase), or undefined. */
export function localTerm(word: string, locale: string): string | undefined {
  const term = vocabulary[forms[word] ?? word]?.[locale as keyof Omit<Terms, 'owner'>];
  return term && term !== word ? term : undefined;
}

/**
 * Returns the id (lowercase) of the module that owns what a product word names, or undefined: the
 * English word in any locale (`workflow`), or the locale's own word for it (`로그` on the Korean site).
 */
export function ownerOf(word: string, locale?: string): string | undefined {
  const entry =
    vocabulary[forms[word] ?? word] ??
    Object.values(vocabulary).find((t) => locale && t[locale as keyof Omit<Terms, 'owner'>] === word);
  return entry?.owner?.toLowerCase();
}
