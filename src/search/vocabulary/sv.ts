/**
 * The Swedish word for each English product word, as the content writes it, then other words readers
 * type for the same thing: loaded only for a page in that language.
 */
export default {
  workflow: ['arbetsflöde', 'arbetsflödet', 'arbetsflöden', 'arbetsflödena'],
  bounce: ['studsmeddelanden', 'returmejl', 'returmejlen', 'studsar'],
  tracking: 'spårning',
  delivery: ['utskick', 'utskicket', 'utskicken', 'leverans', 'leveransen'],
  console: 'konsolen',
  log: ['loggar', 'logg', 'loggen', 'loggfil', 'loggfilen', 'loggning', 'loggrader', 'loggraderna'],
  mail: 'mejl',
  email: 'e-post',
  click: ['klick', 'klicken', 'klickar'],
  redirect: ['omdirigering', 'omdirigeringen', 'omdirigeringar'],
  login: 'logga',
  port: 'port',
  process: 'processer',
  statistics: 'statistik',
  queue: 'kön',
  duplicate: 'dubbletter',
} as Record<string, string | string[]>;
