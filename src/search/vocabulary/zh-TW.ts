/** The Taiwanese Chinese word for each English product word: loaded only for a page in that language. */
export default {
  workflow: ['工作流程', '工作流'],
  bounce: ['退信', '退件'],
  tracking: '追蹤',
  delivery: ['傳遞', '寄送', '發送', '投遞'],
  console: '主控台',
  log: ['日誌', '記錄檔'],
  mail: '郵件',
  email: '郵件',
  click: ['點擊', '點閱'],
  redirect: ['重新導向', '轉址', '重導向'],
  login: '登入',
  port: '連接埠',
  process: '處理程序',
  statistics: '統計',
  queue: '佇列',
  duplicate: '重複',
} as Record<string, string | string[]>;
