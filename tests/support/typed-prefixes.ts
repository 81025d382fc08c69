/**
 * Locale prefixes as readers type them, and where each must lead (path and query kept): the one mapping table
 * of the unit test (src/lib/locale-prefixes.ts), the server tests and the Netlify rules' test.
 */
export const typedPrefixCases: readonly (readonly [typed: string, canonical: string])[] = [
  ['/zh-TW/modules-and-frequent-issues/', '/zh-tw/modules-and-frequent-issues/'],
  ['/ZH-tw/log-precision/', '/zh-tw/log-precision/'],
  ['/zh/', '/zh-tw/'],
  ['/zh-Hant/modules/mta/', '/zh-tw/modules/mta/'],
  ['/zh_TW/search/?q=mta', '/zh-tw/search/?q=mta'],
  ['/JA/modules-and-frequent-issues/', '/ja/modules-and-frequent-issues/'],
  ['/Ja/no%20such%3Fpage/', '/ja/no%20such%3Fpage/'],
  ['/ja-JP/', '/ja/'],
  ['/jp/search/?q=wfserver', '/ja/search/?q=wfserver'],
  ['/Sv/', '/sv/'],
  ['/SV', '/sv/'],
  ['/ko-KR/general-architecture/', '/ko/general-architecture/'],
  ['/NL/search/?q=poort%2025', '/nl/search/?q=poort%2025'],
];

/** Paths that must not be redirected: a locale's own path, other folders, unknown prefixes. */
export const untouchedPaths: readonly string[] = ['/zh-tw/', '/ja', '/sv/log-precision/', '/m/inmail/', '/', '/xx/'];
