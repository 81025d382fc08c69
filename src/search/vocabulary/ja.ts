/** The Japanese word for each English product word: loaded only for a page in that language. */
export default {
  workflow: 'ワークフロー',
  bounce: 'バウンス',
  tracking: 'トラッキング',
  delivery: '配信',
  console: 'コンソール',
  log: 'ログ',
  mail: 'メール',
  email: 'メール',
  click: 'クリック',
  redirect: 'リダイレクト',
  login: 'ログイン',
  port: 'ポート',
  process: 'プロセス',
  statistics: '統計',
  queue: 'キュー',
  duplicate: '重複',
} as Record<string, string | string[]>;
