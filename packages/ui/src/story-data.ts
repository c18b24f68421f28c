import type { TruthTableViewRow } from '@wayfinder/react/truth-table';

/**
 * Data for the stories: Lipset's fuzzy-set data on the survival of democracy in inter-war Europe
 * (as in the QCA package's `LF`), the seven-state study of state science-education systems (states
 * anonymised, values as published), and the raw heights of QCA's calibration example.
 */

export const lipsetFuzzy = {
  caseId: 'case',
  outcome: 'SURV',
  conditions: ['DEV', 'URB', 'LIT', 'IND', 'STB'],
  labels: { DEV: 'Developed', URB: 'Urban', LIT: 'Literate', IND: 'Industrial', STB: 'Stable', SURV: 'Democracy survived' } as Record<string, string>,
  rows: [
  {"case": "AU", "DEV": 0.81, "URB": 0.12, "LIT": 0.99, "IND": 0.73, "STB": 0.43, "SURV": 0.05},
  {"case": "BE", "DEV": 0.99, "URB": 0.89, "LIT": 0.98, "IND": 1, "STB": 0.98, "SURV": 0.95},
  {"case": "CZ", "DEV": 0.58, "URB": 0.98, "LIT": 0.98, "IND": 0.9, "STB": 0.91, "SURV": 0.89},
  {"case": "EE", "DEV": 0.16, "URB": 0.07, "LIT": 0.98, "IND": 0.01, "STB": 0.91, "SURV": 0.12},
  {"case": "FI", "DEV": 0.58, "URB": 0.03, "LIT": 0.99, "IND": 0.08, "STB": 0.58, "SURV": 0.77},
  {"case": "FR", "DEV": 0.98, "URB": 0.03, "LIT": 0.99, "IND": 0.81, "STB": 0.95, "SURV": 0.95},
  {"case": "DE", "DEV": 0.89, "URB": 0.79, "LIT": 0.99, "IND": 0.96, "STB": 0.31, "SURV": 0.05},
  {"case": "GR", "DEV": 0.04, "URB": 0.09, "LIT": 0.13, "IND": 0.36, "STB": 0.43, "SURV": 0.06},
  {"case": "HU", "DEV": 0.07, "URB": 0.16, "LIT": 0.88, "IND": 0.07, "STB": 0.13, "SURV": 0.42},
  {"case": "IE", "DEV": 0.72, "URB": 0.05, "LIT": 0.98, "IND": 0.01, "STB": 0.95, "SURV": 0.92},
  {"case": "IT", "DEV": 0.34, "URB": 0.1, "LIT": 0.41, "IND": 0.47, "STB": 0.58, "SURV": 0.05},
  {"case": "NL", "DEV": 0.98, "URB": 1, "LIT": 0.99, "IND": 0.94, "STB": 0.99, "SURV": 0.95},
  {"case": "PL", "DEV": 0.02, "URB": 0.17, "LIT": 0.59, "IND": 0, "STB": 0, "SURV": 0.12},
  {"case": "PT", "DEV": 0.01, "URB": 0.02, "LIT": 0.01, "IND": 0.11, "STB": 0.01, "SURV": 0.05},
  {"case": "RO", "DEV": 0.01, "URB": 0.03, "LIT": 0.17, "IND": 0, "STB": 0.84, "SURV": 0.21},
  {"case": "ES", "DEV": 0.03, "URB": 0.3, "LIT": 0.09, "IND": 0.21, "STB": 0.2, "SURV": 0.06},
  {"case": "SE", "DEV": 0.95, "URB": 0.13, "LIT": 0.99, "IND": 0.67, "STB": 0.91, "SURV": 0.95},
  {"case": "UK", "DEV": 0.98, "URB": 0.99, "LIT": 0.99, "IND": 1, "STB": 0.98, "SURV": 0.95},
  ] as Record<string, number | string>[],
};

export const sevenStates = {
  caseId: 'id',
  outcome: 'VISION',
  conditions: ["ROUTINES", "EFFICACY", "CONSTANCY", "INFRA"],
  labels: {"ROUTINES": "Aligned vision-building routines", "EFFICACY": "Collective efficacy", "CONSTANCY": "Constancy of leadership", "INFRA": "Infrastructure", "VISION": "Progress toward a vision for equity"} as Record<string, string>,
  rows: [
  {"id": "J", "ROUTINES": 0.5, "EFFICACY": 1, "CONSTANCY": 0, "INFRA": 0.5, "VISION": 0.5},
  {"id": "U", "ROUTINES": 0, "EFFICACY": 1, "CONSTANCY": 1, "INFRA": 0.5, "VISION": 1},
  {"id": "S", "ROUTINES": 1, "EFFICACY": 0.5, "CONSTANCY": 1, "INFRA": 0.5, "VISION": 0.5},
  {"id": "H", "ROUTINES": 1, "EFFICACY": 0.5, "CONSTANCY": 1, "INFRA": 1, "VISION": 0.5},
  {"id": "R", "ROUTINES": 0.5, "EFFICACY": 0.5, "CONSTANCY": 1, "INFRA": 1, "VISION": 0.5},
  {"id": "N", "ROUTINES": 0, "EFFICACY": 0, "CONSTANCY": 0, "INFRA": 0, "VISION": 0},
  {"id": "C", "ROUTINES": 0, "EFFICACY": 0, "CONSTANCY": 0, "INFRA": 0, "VISION": 0},
  ] as Record<string, number | string>[],
};

/** Heights in centimetres of 100 people (QCA's calibration example). */
export const heights: number[] = [180.86, 182.09, 173.91, 170.47, 181.06, 156.82, 181.3, 172.24, 172.16, 165.81, 173.84, 193.17, 178.71, 180.2, 167.49, 183.17, 166.14, 171.68, 186.21, 177.99, 182.8, 189.56, 168.56, 159.47, 159.02, 193.05, 170.18, 181.2, 181.12, 173.38, 183.12, 196.97, 195.49, 191.32, 177.54, 179.91, 171.76, 158.38, 192.68, 175.26, 186.29, 151.2, 164.4, 184.37, 183.54, 189.61, 160.87, 180.67, 180.83, 161.93, 169.6, 194.48, 175.54, 178.52, 168.29, 177.78, 181.91, 183.24, 196.45, 151.53, 176.5, 161.57, 180.53, 190.9, 169.13, 156.68, 183.88, 190.93, 180.17, 162.04, 175.55, 167.15, 164.51, 198.31, 189.03, 184.43, 183.26, 166.88, 179.76, 185.21, 181.45, 185.43, 171.96, 199.77, 184.71, 193.67, 181.72, 171.92, 180.37, 183.25, 165.36, 166.45, 193.87, 171.08, 165.19, 181.87, 169.95, 196.58, 169.0, 168.05];

/** The engine's input from rows of named values. */
export function toQcaData(dataset: { caseId: string; rows: Record<string, number | string>[] }, columns: readonly string[]) {
  return {
    cases: dataset.rows.map((row) => String(row[dataset.caseId])),
    columns: Object.fromEntries(columns.map((name) => [name, dataset.rows.map((row) => Number(row[name]))])),
  };
}

/** The Lipset analysis as a request to the engine: fuzzy data, incl.cut 0.8, directional expectations on every condition. */
export const lipsetRequest = {
  id: 'lipset-fuzzy',
  data: lipsetFuzzy.rows,
  case_id: 'case',
  outcome: 'SURV',
  conditions: lipsetFuzzy.conditions,
  incl_cut: 0.8,
  dir_exp: lipsetFuzzy.conditions,
};

/** Krook's study of women's representation in parliaments (crisp; the QCA reference case "Krook-wnp"), whose parsimonious solution has two models. */
export const krookRequest = {"data": [{"case": "SE", "ES": 1, "QU": 1, "WS": 1, "WM": 0, "LP": 0, "WNP": 1}, {"case": "FI", "ES": 1, "QU": 0, "WS": 1, "WM": 0, "LP": 0, "WNP": 1}, {"case": "NO", "ES": 1, "QU": 1, "WS": 1, "WM": 1, "LP": 1, "WNP": 1}, {"case": "DK", "ES": 1, "QU": 0, "WS": 1, "WM": 1, "LP": 1, "WNP": 1}, {"case": "NL", "ES": 1, "QU": 1, "WS": 0, "WM": 1, "LP": 1, "WNP": 1}, {"case": "ES", "ES": 1, "QU": 1, "WS": 0, "WM": 1, "LP": 0, "WNP": 1}, {"case": "BE", "ES": 1, "QU": 1, "WS": 0, "WM": 1, "LP": 1, "WNP": 1}, {"case": "AT", "ES": 1, "QU": 1, "WS": 0, "WM": 0, "LP": 1, "WNP": 1}, {"case": "NZ", "ES": 0, "QU": 0, "WS": 0, "WM": 1, "LP": 1, "WNP": 1}, {"case": "IS", "ES": 1, "QU": 1, "WS": 1, "WM": 1, "LP": 1, "WNP": 1}, {"case": "DE", "ES": 0, "QU": 1, "WS": 0, "WM": 1, "LP": 1, "WNP": 1}, {"case": "CH", "ES": 1, "QU": 1, "WS": 0, "WM": 0, "LP": 0, "WNP": 0}, {"case": "AU", "ES": 0, "QU": 1, "WS": 0, "WM": 1, "LP": 0, "WNP": 0}, {"case": "LU", "ES": 1, "QU": 0, "WS": 0, "WM": 0, "LP": 1, "WNP": 0}, {"case": "PT", "ES": 1, "QU": 1, "WS": 0, "WM": 0, "LP": 0, "WNP": 0}, {"case": "CA", "ES": 0, "QU": 0, "WS": 0, "WM": 1, "LP": 0, "WNP": 0}, {"case": "GB", "ES": 0, "QU": 1, "WS": 0, "WM": 1, "LP": 0, "WNP": 0}, {"case": "FR", "ES": 0, "QU": 1, "WS": 0, "WM": 1, "LP": 0, "WNP": 0}, {"case": "IT", "ES": 0, "QU": 1, "WS": 0, "WM": 0, "LP": 0, "WNP": 0}, {"case": "US", "ES": 0, "QU": 0, "WS": 0, "WM": 1, "LP": 0, "WNP": 0}, {"case": "GR", "ES": 1, "QU": 1, "WS": 0, "WM": 0, "LP": 0, "WNP": 0}, {"case": "IE", "ES": 0, "QU": 1, "WS": 0, "WM": 1, "LP": 0, "WNP": 0}], "outcome": "WNP", "id": "Krook-wnp"};

/** 2^16 rows with made-up but stable values: a table as large as 16 conditions give. */
export function largeRows(k: number): TruthTableViewRow[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: 2 ** k }, (_, index) => {
    const observed = random() < 0.3;
    const incl = observed ? Math.round(random() * 1000) / 1000 : null;
    return {
      id: index + 1,
      values: Array.from({ length: k }, (_, j) => (index >> (k - 1 - j)) & 1),
      OUT: observed ? (incl! >= 0.8 ? '1' : incl! >= 0.7 ? 'C' : '0') : '?',
      n: observed ? 1 + Math.floor(random() * 4) : 0,
      incl,
      PRI: incl === null ? null : Math.round(incl * random() * 1000) / 1000,
      cases: observed ? [`case ${index + 1}`] : [],
    };
  });
}


/** Raw values of `count` cases on `variables` variables, seeded so that every run sees the same data. */
export function syntheticRaw(count: number, variables: number, seed = 11): number[][] {
  let state = seed;
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: variables }, () => Array.from({ length: count }, () => 100 * (random() + random() + random())));
}
