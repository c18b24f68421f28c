import { useLocale } from '@wayfinder/react/messages';
import { useMemo } from 'react';

/** A parameter of fit as every QCA widget shows it: three decimals in the reader's locale, a dash where there is none (R's NA). */
export function useFitFormat(): (value: number | null | undefined) => string {
  const { locale } = useLocale();
  const number = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }), [locale]);
  return (value) => (value === null || value === undefined ? '–' : number.format(value));
}
