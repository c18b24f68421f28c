import type { Coding, Segment, Sign } from '@wayfinder/core/logics';
import type { EquityMatrix, Network } from '@wayfinder/core/logics/matrix';
import { defaultScheme, emptyCoding, translateScheme } from '@wayfinder/core/logics';
import { matrixSchemeEs, schemeEs } from '@wayfinder/core/logics/es';
import { emptyMatrix, localizeMatrixScheme, withCell } from '@wayfinder/core/logics/matrix';

/** Invented excerpts, one pair per code and pole, in the voice of district interviews. */
const excerpts: Record<string, Record<'low' | 'high', [string, string]>> = {
  quantification: {
    high: ['We look at the benchmark data every Friday and sort kids by band.', 'If we cannot measure it, we cannot say it worked.'],
    low: ['The numbers only tell us part of the story; we talk to families.', 'I trust what I see in the room more than the dashboard.'],
  },
  standardization: {
    high: ['Every school runs the same protocol so we can compare.', 'We scripted the routine so it looks the same in every classroom.'],
    low: ['Each team adapts the change idea to its own students.', 'What works at Elm will not look the same at Oak.'],
  },
  accountability: {
    high: ['Principals are rated on whether their gap closes.', 'The schools that miss the target lose the discretionary funds.'],
    low: ['We owe it to our kids; nobody has to make us do this.', 'Teachers hold each other to it because they care.'],
  },
  equality: {
    high: ['Our multilingual students bring so much to these discussions.', 'Families know things about their children that we need.'],
    low: ["Those kids just don't come ready to learn.", 'A lot of these families do not value school.'],
  },
  equity: {
    high: ['We put the coaches first in the schools furthest from opportunity.', 'Black and Latinx students get the first seats in the new courses.'],
    low: ['Every school gets the same amount, that is what fair means.', 'We did not want to single out any group.'],
  },
  justice: {
    high: ['We asked why our tracking system keeps sorting Black boys down.', 'The discipline policy itself is the problem, not the students.'],
    low: ['The system works if people just follow it.', 'I do not think race has anything to do with it.'],
  },
};

const codesOf = (logic: number) => defaultScheme.logics[logic]!.codes.map((code) => code.id);

/** Per-code scores (−1/0/+1) that add up to a logic score, spread over the codes. */
function codeScoresFor(total: number, seed: number): Sign[] {
  const scores: Sign[] = [0, 0, 0];
  const sign = Math.sign(total) as Sign;
  for (let k = 0; k < Math.abs(total); k += 1) scores[(seed + k) % 3] = sign;
  // A respondent at 0 who still talks about the logic: one code up, one down.
  if (total === 0 && seed % 2 === 0) {
    scores[seed % 3] = 1;
    scores[(seed + 1) % 3] = -1;
  }
  return scores;
}

/** Segments that give a respondent the wanted logic scores: the winning pole gets more excerpts. */
function segmentsFor(respondent: string, performance: number, equity: number, seed: number, coder = 'Ana'): Segment[] {
  const segments: Segment[] = [];
  [performance, equity].forEach((total, logic) => {
    codeScoresFor(total, seed + logic).forEach((score, c) => {
      const code = codesOf(logic)[c]!;
      const [highs, lows] = score === 1 ? [2, seed % 2] : score === -1 ? [seed % 2, 2] : seed % 3 === 0 ? [1, 1] : [0, 0];
      for (const [pole, count] of [['high', highs], ['low', lows]] as const) {
        for (let n = 0; n < count; n += 1) {
          segments.push({ id: `${respondent}-${code}-${pole}-${n}-${coder}`, respondent, code, pole, excerpt: excerpts[code]![pole][(seed + n) % 2]!, coder, source: `Interview ${respondent}, p. ${1 + ((seed + c + n) % 9)}` });
        }
      }
    });
  });
  return segments;
}

const roles = ['teacher', 'coach', 'principal', 'district leader'];

/**
 * Fourteen respondents in two districts, like the published study: most near the centre on
 * performance, spread widely on racial equity.
 */
const fourteen: Array<[string, string, number, number]> = [
  ['T1', 'Eastbrook', 0, 3],
  ['T2', 'Eastbrook', 1, 2],
  ['C1', 'Eastbrook', 0, 1],
  ['P1', 'Eastbrook', 1, 0],
  ['D1', 'Eastbrook', 2, -1],
  ['T3', 'Eastbrook', -1, 2],
  ['C2', 'Eastbrook', 0, -2],
  ['T4', 'Westfield', 0, 3],
  ['T5', 'Westfield', -1, 1],
  ['C3', 'Westfield', 1, -1],
  ['P2', 'Westfield', 0, 0],
  ['D2', 'Westfield', 2, 1],
  ['T6', 'Westfield', 0, 2],
  ['P3', 'Westfield', -1, -3],
];

const roleOf = (id: string) => ({ T: 'teacher', C: 'coach', P: 'principal', D: 'district leader' })[id[0] as 'T' | 'C' | 'P' | 'D'];

export const studyCoding: Coding = {
  ...emptyCoding(defaultScheme),
  respondents: fourteen.map(([id, site]) => ({ id, label: id, groups: { site, role: roleOf(id) } })),
  segments: fourteen.flatMap(([id, , performance, equity], i) => segmentsFor(id, performance, equity, i)),
};

/**
 * The same fourteen coded a second time by Ben, who reads three passages differently: two
 * standardization excerpts at the other pole, and one justice excerpt not coded at all.
 */
const flippedBySecondCoder = new Set(['T1-standardization-low-1-Ana', 'P1-standardization-low-0-Ana']);
const skippedBySecondCoder = new Set(['C3-justice-high-0-Ana']);

export const twoCoderCoding: Coding = {
  ...studyCoding,
  segments: [
    ...studyCoding.segments,
    ...studyCoding.segments.flatMap((segment): Segment[] => {
      if (skippedBySecondCoder.has(segment.id)) return [];
      const pole = flippedBySecondCoder.has(segment.id) ? (segment.pole === 'high' ? 'low' : 'high') : segment.pole;
      return [{ ...segment, id: `${segment.id}-second`, coder: 'Ben', pole }];
    }),
  ],
};

/** A deterministic pseudo-random sequence, so stories and screenshots do not change between runs. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function manyRespondents(count: number): Coding {
  const random = sequence(7);
  const sites = ['Eastbrook', 'Westfield', 'Northgate', 'Southport'];
  const people = Array.from({ length: count }, (_, i) => {
    const performance = Math.round((random() - 0.5) * 4.4);
    const equity = Math.round((random() - 0.5) * 6.8);
    return { id: `R${String(i + 1).padStart(3, '0')}`, site: sites[i % sites.length]!, role: roles[Math.floor(random() * roles.length)]!, performance, equity };
  });
  return {
    ...emptyCoding(defaultScheme),
    respondents: people.map(({ id, site, role }) => ({ id, label: id, groups: { site, role } })),
    segments: people.flatMap(({ id, performance, equity }, i) => segmentsFor(id, performance, equity, i)),
  };
}

/** Thirty respondents who all score 0 on performance and +1 on racial equity. */
export const crowdedCell: Coding = {
  ...emptyCoding(defaultScheme),
  respondents: Array.from({ length: 30 }, (_, i) => ({ id: `N${i + 1}`, label: `N${i + 1}`, groups: { role: roles[i % roles.length]! } })),
  segments: Array.from({ length: 30 }, (_, i) => segmentsFor(`N${i + 1}`, 0, 1, i)).flat(),
};

const network = (id: string, name: string, district: string, cells: Array<[string, string, 1 | 2 | 3, string]>): Network =>
  cells.reduce((current, [dimension, aspect, strength, evidence]) => withCell(current, dimension, aspect, { strength, evidence: [evidence] }), { id, name, groups: { district }, cells: {} } as Network);

/** Nine networked improvement communities in two districts; five draw on a wide range of equity logics. */
export const nineNetworks: EquityMatrix = {
  ...emptyMatrix(),
  networks: [
    network('n1', 'Algebra for All', 'Eastbrook', [
      ['access', 'problem', 3, 'Too few Black and Latinx students reach Algebra I in 8th grade.'],
      ['achievement', 'solution', 2, 'Raise pass rates on the end-of-course exam.'],
      ['identity', 'solution', 2, 'Students co-lead math talks in their home languages.'],
      ['power', 'groups', 1, 'Parents of 7th graders sit on the design team.'],
    ]),
    network('n2', 'Early Literacy', 'Eastbrook', [
      ['achievement', 'problem', 3, 'Third-grade reading proficiency is 41%.'],
      ['achievement', 'groups', 2, 'Students scoring below benchmark.'],
      ['access', 'solution', 1, 'Extra tutoring minutes.'],
    ]),
    network('n3', 'Attendance Matters', 'Eastbrook', [
      ['access', 'problem', 2, 'Chronic absence keeps students from instruction.'],
      ['identity', 'groups', 2, 'Newcomer families and their languages.'],
      ['power', 'solution', 2, 'Families decide which supports to test first.'],
    ]),
    network('n4', 'Ninth Grade On Track', 'Eastbrook', [
      ['achievement', 'problem', 3, 'Course failures in 9th grade.'],
      ['access', 'groups', 2, 'Students without a counselor contact.'],
    ]),
    network('n5', 'Discipline Redesign', 'Westfield', [
      ['power', 'problem', 3, 'Who decides what counts as defiance.'],
      ['identity', 'problem', 2, 'Black boys described as threats.'],
      ['access', 'solution', 2, 'Instructional time kept, not lost to suspensions.'],
      ['achievement', 'groups', 1, 'Suspended students’ grades.'],
    ]),
    network('n6', 'Science Labs', 'Westfield', [
      ['access', 'problem', 2, 'Labs only in two schools.'],
      ['access', 'solution', 3, 'Mobile lab kits for every school.'],
    ]),
    network('n7', 'Multilingual Learners', 'Westfield', [
      ['identity', 'problem', 3, 'Home languages treated as a deficit.'],
      ['achievement', 'groups', 2, 'Reclassification rates of English learners.'],
      ['access', 'solution', 2, 'Dual-language seats.'],
    ]),
    network('n8', 'College Access', 'Westfield', [
      ['access', 'problem', 3, 'FAFSA completion gaps.'],
      ['achievement', 'solution', 1, 'Completion rates.'],
      ['power', 'groups', 2, 'First-generation students lead the campaign.'],
    ]),
    network('n9', 'Math Fluency', 'Westfield', [['achievement', 'problem', 2, 'Fluency scores below benchmark.']]),
  ],
};

export const studyCodingEs: Coding = { ...studyCoding, scheme: translateScheme(studyCoding.scheme, schemeEs) };
export const twoCoderCodingEs: Coding = { ...twoCoderCoding, scheme: studyCodingEs.scheme };

export const nineNetworksEs: EquityMatrix = { ...nineNetworks, scheme: localizeMatrixScheme(nineNetworks.scheme, matrixSchemeEs) };
