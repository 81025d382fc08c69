/** Static paths shared by the per-locale routes: one per locale, with the locale code as a prop. */
import { locales, type LocaleCode } from '../locales.ts';

/** Returns `getStaticPaths` entries for every locale (`/zh-tw/…`, `/ja/…`). */
export function localePaths(): { params: { locale: string }; props: { locale: LocaleCode } }[] {
  return locales.map((l) => ({ params: { locale: l.path }, props: { locale: l.code } }));
}
