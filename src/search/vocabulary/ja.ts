/** The Japanese word for each English product word: loaded only for a page in that language. */
export default {
  workflow: 'ワークフロー',
  bounce: ['バウンス', '不達', 'エラーメール'],
  tracking: 'トラッキング',
  delivery: ['配信', '配信処理'],
  console: 'コンソール',
  log: ['ログ', 'ログファイル'],
  mail: 'メール',
  email: 'メール',
  click: 'クリック',
  redirect: ['リダイレクト', 'リダイレクション'],
  login: 'ログイン',
  port: 'ポート',
  process: 'プロセス',
  statistics: '統計',
  queue: 'キュー',
  duplicate: '重複',
} as Record<string, string | string[]>;
