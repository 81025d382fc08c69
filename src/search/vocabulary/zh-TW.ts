/** The Taiwanese Chinese word for each English product word: loaded only for a page in that language. */
export default {
  workflow: ['工作流程', '工作流', '流程'],
  bounce: ['退信', '退件', '退', '彈回'],
  // Opens and clicks are what tracking counts: a reader asking about the open rate asks about tracking.
  tracking: ['追蹤', '追踪', '跟蹤', '開信', '開啟率', '點閱率'],
  // What the tracking log daemon writes (a term of two words as the index cuts them: 追蹤 記錄).
  'tracking log': ['追蹤記錄', '追蹤紀錄', '追蹤記錄檔', '追蹤紀錄檔', '追蹤日誌'],
  delivery: ['傳遞', '寄送', '發送', '投遞', '寄信', '發信', '遞送'],
  console: ['主控台', '控制台'],
  log: ['記錄檔', '記錄', '日誌', '日志', '紀錄檔', '紀錄'],
  mail: ['郵件', '信件'],
  email: ['郵件', '電子郵件'],
  click: ['點擊', '點閱', '擊'],
  redirect: ['重新導向', '轉址', '重導向', '導向', '址'],
  login: ['登入', '登錄'],
  port: ['連接埠', '埠'],
  process: ['處理程序', '程序', '進程'],
  statistics: '統計',
  queue: ['佇列', '隊列'],
  duplicate: ['重複', '覆'],
  // The site writes 匯出 and 匯入, as Adobe's Traditional Chinese pages do (not 導出 or 導入: in Taiwan they mean
  // derive and roll out).
  export: ['匯出', '匯出檔'],
  import: ['匯入', '匯入檔'],
} as Record<string, string | string[]>;
