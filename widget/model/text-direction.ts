/** Languages written right to left when the browser cannot say (no Intl.Locale text info). */
const RTL = new Set(
  'ar shu sqr ssh xaa yhd yud aao abh abv acm acq acw acx acy adf ads aeb aec afb ajp apc apd arb arq ars ary arz auz avl ayh ayl ayn ayp bbz pga he iw ps pbt pbu pst prp prd ug ur ydd yds yih ji yi hbo men xmn fa jpr peo pes prs dv sam ckb'.split(' '),
);

/**
 * The writing direction of a language tag, decided as i18next's `dir()` decides it (the server and
 * console keep i18next, and the widget must agree with them): the browser's text info when it has
 * it, else a script subtag (-Latn, -Arab), else the language list above.
 */
export function textDirection(code: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction?: 'ltr' | 'rtl' } };
    const direction = locale.getTextInfo?.().direction;
    if (direction) return direction;
  } catch {
    // Not a valid tag for Intl: fall through to the list.
  }
  const lower = code.toLowerCase();
  if (lower.indexOf('-latn') > 1) return 'ltr';
  return RTL.has(lower.split(/[-_]/)[0]!) || lower.indexOf('-arab') > 1 ? 'rtl' : 'ltr';
}
