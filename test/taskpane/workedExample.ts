import { runProcedure } from '../../src/rules/ranking/procedure';
import { application, byGroup, eligible, rejected, scoresFor, TEST_POLICY } from '../ranking/fixtures';

/* The score branch's worked example: nine applications, two ineligible, a tie on place 6. */
export function workedExample() {
  const applications = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9'].map((id) => application(id));
  const eligibility = [
    ...['A1', 'A2', 'A3'].map((id) => eligible(id, 'Utrecht')),
    eligible('A4', 'Zwolle'),
    eligible('A5', 'Drenthe'),
    eligible('A6', 'Amsterdam'),
    eligible('A7', 'Rotterdam'),
    rejected('A8', 'K9', 'Tenminste 750 klanten van Zilveren Kruis', '749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750.'),
    rejected('A9', 'regio', 'Kernregio', 'Arnhem ligt niet in een kernregio.', null),
  ];
  const scores = [
    ...scoresFor('A1', byGroup([5, 5, 5, 5], [5, 5, 5], 5, 5)),
    ...scoresFor('A2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4), { bereik: [3, 5, 4, 4] }),
    ...scoresFor('A3', byGroup([4, 4, 4, 4], [5, 5, 5], 3, 3)),
    ...scoresFor('A4', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 3)),
    ...scoresFor('A5', byGroup([4, 4, 4, 4], [3, 3, 3], 3, 3)),
    ...scoresFor('A6', byGroup([3, 3, 3, 3], [4, 4, 4], 3, 3)),
    ...scoresFor('A7', byGroup([4, 4, 4, 3], [3, 3, 3], 3, 3)),
  ];
  const ranking = runProcedure({
    policy: TEST_POLICY,
    aanvragen: applications,
    toetsing: eligibility,
    scores,
    instellingen: { seed: 2021, resamples: 0 },
    tijdstip: '2020-12-15T10:00:00Z',
    wie: 'test',
    rol: '',
  });
  return { applications, eligibility, scores, ranking };
}

