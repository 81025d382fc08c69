/** The Dutch word for each English product word: loaded only for a page in that language. */
export default {
  workflow: ['workflow', 'workflows'],
  bounce: ['bouncemails', 'bounces', 'bouncemail', 'retourmail', 'retourmails', 'foutenmailbox'],
  tracking: 'tracking',
  delivery: ['verzending', 'verzendingen', 'mailing', 'mailings', 'levering', 'leveringen'],
  console: 'console',
  log: ['logs', 'loggen', 'logging', 'logbestand', 'logbestanden', 'logregels'],
  mail: 'mails',
  email: 'e-mails',
  click: ['klikken', 'kliks', 'klik'],
  redirect: ['omleiding', 'omleidingen', 'doorverwijzing'],
  login: 'inloggen',
  port: 'poort',
  process: 'proces',
  statistics: 'statistieken',
  queue: 'wachtrij',
  duplicate: 'dubbele',
} as Record<string, string | string[]>;
