/**
 * The Swedish word for each English product word, as the content writes it, then other words readers
 * type for the same thing: loaded only for a page in that language.
 */
export default {
  workflow: 'arbetsflöde',
  bounce: ['studsmeddelanden', 'returmejl', 'returmejlen', 'studsar'],
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
} as Record<string, string | string[]>;
