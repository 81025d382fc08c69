/** The Korean word for each English product word: loaded only for a page in that language. */
export default {
  // The particle stripper reads the final 로 of a bare 워크플로 as a particle: the query word is then 워크플.
  workflow: ['워크플로', '워크플로우', '워크플'],
  bounce: ['바운스', '반송', '반송메일', '바운스메일', '반송률', '바운스율', '하드바운스', '소프트바운스'],
  // Opens and clicks are what tracking counts (not 오픈 or 열람 alone: a port is 오픈 too, a log is 열람).
  tracking: ['추적', '트래킹', '트랙킹', '클릭추적', '추적링크', '열람수', '열람률', '오픈율', '오픈률', '개봉률'],
  // What the tracking log daemon writes (typed as one word or two: 추적 로그).
  'tracking log': ['추적로그', '트래킹로그'],
  delivery: [
    '발송',
    '게재',
    '딜리버리',
    '메일발송',
    '이메일발송',
    '메일전송',
    '이메일전송',
    '대량발송',
    '발송건',
    '발송작업',
    '메일링',
  ],
  console: ['콘솔', '클라이언트콘솔'],
  // The site writes 내보내기 and 가져오기, as Adobe's Korean pages do; readers also type the loanwords.
  export: ['내보내기', '익스포트', '엑스포트'],
  import: ['가져오기', '임포트'],
  log: ['로그', '로그파일', '로깅', '에러로그', '오류로그', '서버로그', '로그기록'],
  mail: '메일',
  email: ['이메일', '전자메일', '전자우편', '이메일주소'],
  click: ['클릭', '클릭수', '클릭률'],
  redirect: ['리디렉션', '리다이렉션', '리다이렉트', '리디렉트', 'redirects'],
  login: ['로그인', '로그온', '로그인창'],
  port: ['포트', '포트번호'],
  process: '프로세스',
  statistics: ['통계', '통계치', '통계데이터', '발송통계'],
  queue: ['대기열', '메일큐', '발송큐', '대기큐', '큐잉', '발송대기', 'queues'],
  duplicate: ['중복', '중복건', '중복값', '중복데이터', '중복레코드', '중복제거'],
} as Record<string, string | string[]>;
