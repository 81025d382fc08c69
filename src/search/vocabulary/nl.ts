/** The Dutch word for each English product word: loaded only for a page in that language. */
export default {
  workflow: 'workflow',
  bounce: 'bouncemails',
  tracking: 'tracking',
  delivery: 'verzending',
  console: 'console',
  log: 'logs',
  mail: 'mails',
  email: 'e-mails',
  click: 'klikken',
  redirect: 'omleiding',
  login: 'inloggen',
  port: 'poort',
  process: 'proces',
  statistics: 'statistieken',
  queue: 'wachtrij',
  duplicate: 'dubbele',
} as Record<string, string | string[]>;
