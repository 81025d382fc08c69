/** The Korean word for each English product word: loaded only for a page in that language. */
export default {
  workflow: ['워크플로', '워크플로우'],
  bounce: ['바운스', '반송'],
  tracking: '추적',
  delivery: ['발송', '게재'],
  console: '콘솔',
  log: '로그',
  mail: '메일',
  email: '이메일',
  click: '클릭',
  redirect: ['리디렉션', '리다이렉션', '리다이렉트'],
  login: '로그인',
  port: '포트',
  process: '프로세스',
  statistics: '통계',
  queue: '대기열',
  duplicate: '중복',
} as Record<string, string | string[]>;
