/** The Swedish word for each English product word: loaded only for a page in that language. */
export default {
  workflow: 'arbetsflöde',
  bounce: 'studsmeddelanden',
  tracking: 'spårning',
  delivery: 'utskick',
  console: 'konsolen',
  log: 'loggar',
  mail: 'mejl',
  email: 'e-post',
  click: 'klick',
  redirect: 'omdirigering',
  login: 'logga',
  port: 'port',
  process: 'processer',
  statistics: 'statistik',
  queue: 'kön',
  duplicate: 'dubbletter',
} as Record<string, string>;
