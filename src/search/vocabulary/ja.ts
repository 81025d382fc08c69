/** The Japanese word for each English product word: loaded only for a page in that language. */
export default {
  workflow: ['ワークフロー', 'フロー', 'ワークフロ', 'wf'],
  bounce: ['バウンス', '不達', 'エラーメール', '達', 'バウンスメール', 'ハードバウンス', 'ソフトバウンス', '返送'],
  // Opens and clicks are what tracking counts: a reader asking about the open rate asks about tracking.
  tracking: ['トラッキング', '追跡', '開封', '開封率', '開封数', 'クリック率', 'クリック数'],
  // What the tracking log daemon writes (a term of two words as the index cuts them: トラッキング ログ).
  'tracking log': ['トラッキングログ', '追跡ログ'],
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
  // The site writes インポート and エクスポート, as Adobe's Japanese pages do; readers also write 書き出し (not
  // 取り込み: bounce mails are 取り込まれ by inMail too).
  export: ['エクスポート', '書き出し', '書き出す', 'エクスポートファイル'],
  import: ['インポート'],
} as Record<string, string | string[]>;
