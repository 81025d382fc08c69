/** The Japanese word for each English product word: loaded only for a page in that language. */
export default {
  workflow: ['ワークフロー', 'フロー', 'ワークフロ', 'wf'],
  bounce: ['バウンス', '不達', 'エラーメール', '達', 'バウンスメール', 'ハードバウンス', 'ソフトバウンス', '返送'],
  tracking: ['トラッキング', '追跡'],
  delivery: ['配信', '配信処理', '送信', '配送', 'デリバリー'],
  console: 'コンソール',
  log: ['ログ', 'ログファイル', 'ロギング'],
  mail: ['メール', 'メイル'],
  email: ['メール', 'イーメール'],
  click: 'クリック',
  redirect: ['リダイレクト', 'リダイレクション', 'ダイレクト'],
  login: 'ログイン',
  port: 'ポート',
  process: 'プロセス',
  statistics: '統計',
  queue: ['キュー', 'キューイング', '滞留'],
  duplicate: ['重複', 'ダブリ', 'ダブる', 'ダブ'],
} as Record<string, string | string[]>;
