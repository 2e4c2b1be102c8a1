/** fast-check generators for applications as a team could hold them (not a test file itself). */
import fc from 'fast-check';
import { CLIENT_GROUPS, COST_CATEGORIES, JZOJP_AIMS, LEGAL_FORMS, type Application } from '../../src/rules/application';

const CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ;,."\'-+=@()/:€ëöéï’\n'];

/** Text that is not blank: a value an importer must keep exactly as written. */
export const text = fc
  .oneof(
    fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 25 }).map((cs) => cs.join('')),
    fc.constantFrom('=HYPERLINK("http://x.example","klik")', '+31 6 12345678', '-1', '@SUM(A1)', '=1+1', '0012', '1.250', 'ja', 'TRUE'),
  )
  .filter((s) => s.trim() === s && s.trim() !== '' && !/^(n\.?v\.?t\.?|n\/a|niet van toepassing)$/i.test(s));

const amount = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => cents / 100);
const isoDate = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const digits8 = fc.stringMatching(/^\d{8}$/);
const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'GB', 'XZ', 'KL')).map(([n, l]) => `${n} ${l}`);
const email = fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/)).map(([a, b]) => `${a}@${b}.nl`);

const nonEmpty = <T extends object>(arb: fc.Arbitrary<T>) => arb.filter((o) => Object.keys(o).length > 0);
const optionalList = <T>(arb: fc.Arbitrary<T>, max = 3) => fc.array(arb, { minLength: 1, maxLength: max });

const participant = nonEmpty(
  fc.record(
    {
      praktijknaam: text,
      adres: text,
      postcode,
      plaats: text,
      gemeente: text,
      agb: digits8,
      praktijkhouder: text,
      telefoon: text,
      email,
      discipline: text,
      zkContract2021: fc.boolean(),
      zkContract2022: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
);

const costLine = nonEmpty(fc.record({ omschrijving: text, bedrag: amount, categorie: fc.constantFrom(...COST_CATEGORIES) }, { requiredKeys: [] }));
const incomeLine = nonEmpty(fc.record({ omschrijving: text, bedrag: amount }, { requiredKeys: [] }));

const budget = nonEmpty(
  fc.record(
    { periodeVan: isoDate, periodeTot: isoDate, kosten: optionalList(costLine, 4), gevraagdBedrag: amount, andereBronnen: optionalList(incomeLine, 2), totaalKosten: amount, totaalInkomsten: amount },
    { requiredKeys: [] },
  ),
);

const extraKey = fc.stringMatching(/^[a-z]{2,8}$/).map((w) => `Notitie ${w}`);

export const application: fc.Arbitrary<Application> = fc.record(
  {
    id: fc.stringMatching(/^[A-Z]{1,3}-\d{1,4}$/),
    naamInitiatief: text,
    naamSamenwerkingsverband: text,
    samenwerkingsvorm: fc.constantFrom(...LEGAL_FORMS),
    samenwerkingsvormAnders: text,
    kvkNummer: fc.oneof(digits8, text),
    deelnemers: optionalList(participant, 4),
    achtergrond: text,
    omvangDoelgroep: fc.nat(100_000),
    smartDoelen: text,
    startdatum: isoDate,
    looptijd: text,
    einddatum: isoDate,
    begroting: budget,
    opmerkingen: text,
    ontvangen: isoDate,
    klantgroepen: fc.subarray([...CLIENT_GROUPS], { minLength: 1 }),
    jzojpDoelen: fc.subarray([...JZOJP_AIMS], { minLength: 1 }),
    aantalZkKlanten: fc.nat(100_000),
    mdoPerJaar: fc.nat(100).map((n) => n / 2),
    intervisie: fc.boolean(),
    samenwerkingsprotocol: fc.boolean(),
    businesscase: nonEmpty(fc.record({ opbrengsten: amount, kosten: amount, zorgUitTweedeLijn: fc.boolean(), besparingTweedeLijn: amount }, { requiredKeys: [] })),
    extra: fc.dictionary(extraKey, text, { minKeys: 1, maxKeys: 2 }),
  },
  { requiredKeys: ['id'] },
);

export const applications = fc.uniqueArray(application, { selector: (a) => a.id, minLength: 1, maxLength: 4 });
