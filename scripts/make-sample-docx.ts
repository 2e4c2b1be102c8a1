/**
 * Writes the sample Word forms in samples/import/: Bijlage 3 ("Format omschrijven initiatief") as
 * applicants fill it in. Run with `npx tsx scripts/make-sample-docx.ts`. All names, numbers and
 * addresses are fictional.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckBox, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** A value: plain text, or runs where some are struck through or are Word check boxes (content controls). */
type Value = string | { text?: string; strike?: boolean; box?: boolean }[];

interface Participant {
  praktijknaam: string;
  adres: string;
  postcode: string;
  plaats: string;
  agb: string;
  praktijkhouder: string;
  telefoon: string;
  email: string;
  discipline?: string;
  contract2021?: string;
  contract2022?: string;
  /** Label index as written: "1", "2", "…". */
  index: string;
}

interface Form {
  file: string;
  style: 'tabel' | 'alinea';
  naamInitiatief: string;
  naamSamenwerkingsverband: string;
  samenwerkingsvorm: Value;
  kvkNummer?: string;
  deelnemers: Participant[];
  vragen: [label: string, antwoord: string][];
  startdatum: string;
  looptijd: string;
  periode: [string, string];
  kosten: [string, string][];
  gevraagd: string;
  andereBronnen: [string, string][];
  totaalKosten: string;
  totaalInkomsten: string;
  slot: [label: string, antwoord: string][];
  datum: string;
  handtekening: string;
  aanvullend: [label: string, antwoord: Value][];
}

const SEED_QUESTIONS = {
  achtergrond: 'Inleiding/schets achtergrond of probleemstelling',
  doelgroep: 'Op welke doelgroep is het project van toepassing en wat is de omvang van de doelgroep',
  doel: 'Inhoudelijk doel initiatief (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg)',
  smart: 'SMART omschrijving van de doelen in dit initiatief',
  resultaat: 'Beoogd resultaat in meetbare eenheden (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg)',
  meten: 'Wijze waarop de resultaten wordt gemeten',
  borging: 'Wijze waarop de resultaten worden geborgd in de reguliere zorgstructuren',
  businesscase: 'Beschrijving potentiële positieve businesscase',
  vergelijkbaar: 'Zijn er vergelijkbare initiatieven in het land. En zo ja, welke kunt u noemen',
  instanties: 'Is er samenwerking met andere instanties. En zo ja met welke?',
  bijdrage: 'Omschrijf welke bijdrage het samenwerkingsverband precies van Zilveren Kruis verwacht',
  dekking: 'Dekking projectbegroting en welke partijen hebben hiervoor toezeggingen gedaan.',
  opmerkingen: 'Ruimte voor overige opmerkingen',
};

const runs = (value: Value): (TextRun | CheckBox)[] =>
  typeof value === 'string'
    ? value.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0 }))
    : value.map((r) => (r.box === undefined ? new TextRun({ text: r.text ?? '', strike: r.strike }) : new CheckBox({ checked: r.box })));

const p = (value: Value) => new Paragraph({ children: runs(value) });
const cell = (value: Value) => new TableCell({ children: [p(value)], width: { size: 4500, type: WidthType.DXA } });
const row = (...values: Value[]) => new TableRow({ children: values.map(cell) });
const table = (rows: TableRow[]) => new Table({ rows, width: { size: 9000, type: WidthType.DXA } });

function participantRows(d: Participant): TableRow[] {
  const rows = [
    row(`Praktijknaam deelnemer samenwerkingsverband (${d.index})`, d.praktijknaam),
    row('Adres', d.adres),
    row('Postcode', d.postcode),
    row('Plaats', d.plaats),
    row('AGB-code', d.agb),
    row('Naam praktijkhouder', d.praktijkhouder, 'Tel:', d.telefoon),
    row('Emailadres', d.email),
  ];
  if (d.discipline) rows.push(row('Discipline', d.discipline));
  if (d.contract2021) rows.push(row('Overeenkomst Zilveren Kruis 2021', d.contract2021));
  if (d.contract2022) rows.push(row('Overeenkomst Zilveren Kruis 2022', d.contract2022));
  return rows;
}

function budgetTable(f: Form): Table {
  const lines = Math.max(f.kosten.length, 1 + f.andereBronnen.length);
  const rows = [row('Kosten', '', 'Inkomsten', '')];
  for (let i = 0; i < lines; i++) {
    const [kDesc, kBedrag] = f.kosten[i] ?? ['', '€'];
    const [iDesc, iBedrag] = i === 0 ? ['Gevraagd bedrag', f.gevraagd] : (f.andereBronnen[i - 1] ?? ['', '€']);
    rows.push(row(kDesc, kBedrag, iDesc, iBedrag));
  }
  rows.push(row('Totaal', f.totaalKosten, 'Totaal', f.totaalInkomsten));
  return table(rows);
}

function tableForm(f: Form): (Paragraph | Table)[] {
  return [
    p('Bijlage 3. Format omschrijven initiatief'),
    table([
      row('Naam initiatief', f.naamInitiatief),
      row('Naam samenwerkingsverband', f.naamSamenwerkingsverband),
      row('Samenwerkingsvorm', f.samenwerkingsvorm),
      row('KvK nummer', f.kvkNummer ?? ''),
    ]),
    p(''),
    ...f.deelnemers.flatMap((d) => [table(participantRows(d)), p('')]),
    table(f.vragen.flatMap(([label, answer]) => [row(label), row(answer)])),
    table([row('Beoogde startdatum', f.startdatum), row('Beoogde looptijd', f.looptijd)]),
    p(''),
    table([row('Begroting (in grote lijnen)*1', 'Betreft begroting voor periode', f.periode[0], 'tot en met', f.periode[1])]),
    budgetTable(f),
    table(f.slot.flatMap(([label, answer]) => [row(label), row(answer)])),
    table([row('Datum', f.datum, 'Handtekening voorzitter samenwerkingsverband', f.handtekening)]),
    p(''),
    p('Aanvullende gegevens'),
    table(f.aanvullend.map(([label, answer]) => row(label, answer))),
    p('1 Gedetailleerde begroting met dekkingsplan moet onderdeel uitmaken van de aanvraag'),
  ];
}

/** The sloppy way: labels in paragraphs, answers after a colon or on the next lines, stray spaces and empty lines. */
function paragraphForm(f: Form): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [p('Format  omschrijven initiatief'), p('')];
  const pair = (label: string, value: Value) => {
    out.push(p(typeof value === 'string' ? `${label}:   ${value}` : [{ text: `${label} ` }, ...value]));
  };
  pair('Naam   initiatief', f.naamInitiatief);
  pair('naam samenwerkingsverband', f.naamSamenwerkingsverband);
  out.push(p('Samenwerkingsvorm'), p(f.samenwerkingsvorm));
  if (f.kvkNummer !== undefined) pair('KvK nummer', f.kvkNummer);
  out.push(p(''), p(''));
  for (const d of f.deelnemers) {
    out.push(p(`Praktijknaam deelnemer samenwerkingsverband (${d.index})`), p(`  ${d.praktijknaam}`));
    pair('Adres', d.adres);
    pair('Postcode', d.postcode);
    pair('Plaats', d.plaats);
    pair('AGB-code', d.agb);
    out.push(p(`Naam praktijkhouder: ${d.praktijkhouder}     Tel: ${d.telefoon}`));
    pair('Emailadres', d.email);
    if (d.discipline) pair('Discipline', d.discipline);
    out.push(p(''));
  }
  for (const [label, answer] of f.vragen) out.push(p(label), p(''), p(answer), p(''));
  pair('Beoogde startdatum', f.startdatum);
  pair('Beoogde looptijd', f.looptijd);
  out.push(p(`Begroting (in grote lijnen)*1   Betreft begroting voor periode ${f.periode[0]} tot en met ${f.periode[1]}`));
  out.push(budgetTable(f));
  for (const [label, answer] of f.slot) out.push(p(label), p(answer), p(''));
  out.push(p(`Datum ${f.datum}`), p(`Handtekening voorzitter samenwerkingsverband ${f.handtekening}`));
  out.push(p('Aanvullende gegevens'));
  for (const [label, answer] of f.aanvullend) pair(label, answer);
  return out;
}

const FORMS: Form[] = [
  {
    file: 'bijlage3-zeist-samen-sterk.docx',
    style: 'tabel',
    naamInitiatief: 'Samen Sterk in Zeist',
    naamSamenwerkingsverband: 'Coöperatie Eerstelijn Zeist U.A.',
    samenwerkingsvorm: '☒ Coöperatie\n☐ Stichting\n☐ Anders, namelijk…',
    kvkNummer: '70123456',
    deelnemers: [
      { index: '1', praktijknaam: 'Fysiotherapie Het Slot', adres: 'Slotlaan 12', postcode: '3701 GB', plaats: 'Zeist', agb: '04012345', praktijkhouder: 'M. de Wit', telefoon: '030-6912345', email: 'info@fysiohetslot.example', discipline: 'fysiotherapie', contract2021: 'ja', contract2022: 'ja' },
      { index: '2', praktijknaam: 'Huisartsenpraktijk Kerckebosch', adres: 'Kerckeboschweg 3', postcode: '3707 AB', plaats: 'Zeist', agb: '01056789', praktijkhouder: 'dr. S. Yilmaz', telefoon: '030-6923456', email: 'praktijk@kerckebosch.example', discipline: 'huisartsenzorg' },
      { index: '3', praktijknaam: 'Ergotherapie De Bilt', adres: 'Hessenweg 101', postcode: '3731 JE', plaats: 'De Bilt', agb: '26033333', praktijkhouder: 'J. Bakker', telefoon: '+31 30 220 1234', email: 'ergo@debilt.example', discipline: 'ergotherapie' },
    ],
    vragen: [
      [SEED_QUESTIONS.achtergrond, 'Kwetsbare ouderen in Zeist-West komen na een val vaak op de SEH terecht.\nHuisarts, fysiotherapeut en ergotherapeut werken nog los van elkaar.'],
      [SEED_QUESTIONS.doelgroep, 'Thuiswonende kwetsbare ouderen (75+) in Zeist en De Bilt.'],
      [SEED_QUESTIONS.doel, 'Voorkomen van valincidenten en verplaatsen van zorg naar de eerste lijn.'],
      [SEED_QUESTIONS.smart, 'Binnen 18 maanden 20% minder SEH-bezoeken na een val in de doelgroep.'],
      [SEED_QUESTIONS.resultaat, '150 minder SEH-bezoeken per jaar.'],
      [SEED_QUESTIONS.meten, 'Nulmeting april 2021, halfjaarlijkse meting met huisartsdata.'],
      [SEED_QUESTIONS.borging, 'Opname in het regionale ketenzorgprogramma.'],
      [SEED_QUESTIONS.businesscase, 'Besparing op SEH en opnames groter dan de projectkosten.'],
      [SEED_QUESTIONS.vergelijkbaar, 'Valpreventie Utrecht-Oost.'],
      [SEED_QUESTIONS.instanties, 'Gemeente Zeist (sociaal team).'],
      [SEED_QUESTIONS.bijdrage, 'Financiering van coördinatie en scholing.'],
    ],
    startdatum: '1 april 2021',
    looptijd: '21 maanden',
    periode: ['1-4-2021', '31-12-2022'],
    kosten: [['Coördinatie projectleider', '€ 30.000,00'], ['Scholing valpreventie', '€ 12.500,00'], ['ICT (e-health app)', '€ 7.500,00']],
    gevraagd: '€ 40.000,00',
    andereBronnen: [['Andere bronnen (graag specificeren): Gemeente Zeist', '€ 10.000,00']],
    totaalKosten: '€ 50.000,00',
    totaalInkomsten: '€ 50.000,00',
    slot: [[SEED_QUESTIONS.dekking, 'Gemeente Zeist heeft € 10.000 toegezegd.'], [SEED_QUESTIONS.opmerkingen, 'n.v.t.']],
    datum: '2 november 2020',
    handtekening: 'M. de Wit',
    aanvullend: [
      ['Klantgroepen', 'kwetsbare ouderen'],
      ['JZOJP-doelen', 'voorkomen; verplaatsen'],
      ['Aantal klanten Zilveren Kruis', '1.200'],
      ['MDO per jaar', '6'],
      ['Intervisie', 'ja'],
      ['Samenwerkingsprotocol', 'ja'],
      ['Handelt conform wet- en regelgeving', 'ja'],
      ['Opbrengsten businesscase', '€ 85.000'],
      ['Kosten businesscase', '€ 50.000'],
      ['Zorg uit de tweede lijn verplaatst', 'nee'],
      ['Nulmeting', 'SEH-bezoeken na een val in 2020, per wijk'],
      ['Onderbouwing probleem', 'SEH-bezoeken na een val van 75-plussers in Zeist stegen 2018-2020 met 22% (GGD-monitor).'],
    ],
  },
  {
    file: 'bijlage3-zwolle-ademruimte.docx',
    style: 'tabel',
    naamInitiatief: 'AdemRuimte Zwolle',
    naamSamenwerkingsverband: 'Stichting Longzorg IJsseldelta',
    // The options not chosen are struck through, the way many applicants answer on paper.
    samenwerkingsvorm: [{ text: 'o Coöperatie', strike: true }, { text: '  o Stichting  ' }, { text: 'o Anders, namelijk…', strike: true }],
    kvkNummer: '6543 2109',
    deelnemers: [
      { index: '1', praktijknaam: 'Fysiotherapie Assendorp', adres: 'Assendorperstraat 80', postcode: '8012 DJ', plaats: 'Zwolle', agb: '04077777', praktijkhouder: 'R. Hoekstra', telefoon: '038-4211111', email: 'fysio@assendorp.example', discipline: 'fysiotherapie', contract2021: 'ja', contract2022: 'ja' },
      { index: '2', praktijknaam: 'Huisartsen Stadshagen', adres: 'Werkerlaan 5', postcode: '8043 LT', plaats: 'Zwolle', agb: '01088888', praktijkhouder: 'A. Mulder', telefoon: '038-4222222', email: 'info@hastadshagen.example', discipline: 'huisartsenzorg' },
      { index: '3', praktijknaam: 'Diëtistenpraktijk Kampen', adres: 'Oudestraat 140', postcode: '8261 CZ', plaats: 'Kampen', agb: '24099999', praktijkhouder: 'L. Visser', telefoon: '038-3333333', email: 'dietist@kampen.example', discipline: 'diëtetiek' },
    ],
    vragen: [
      [SEED_QUESTIONS.achtergrond, 'Mensen met COPD in de regio Zwolle worden vaak heropgenomen.'],
      [SEED_QUESTIONS.doelgroep, 'Mensen met COPD (GOLD 2-3).'],
      [SEED_QUESTIONS.doel, 'Vervangen van poliklinische controles door zorg in de wijk.'],
      [SEED_QUESTIONS.smart, '15% minder heropnames binnen een jaar.'],
      [SEED_QUESTIONS.businesscase, 'Minder heropnames besparen meer dan de kosten.'],
    ],
    startdatum: '01-04-2021',
    looptijd: '20 maanden',
    periode: ['1-4-2021', '30-11-2022'],
    kosten: [['Personeel (longverpleegkundige)', '€ 40.000'], ['Overheadkosten stichting', '€ 8.000'], ['Scholing', '€ 2.000']],
    gevraagd: '€ 45.000',
    andereBronnen: [['Andere bronnen (graag specificeren): eigen bijdrage', '€ 5.000']],
    totaalKosten: '€ 50.000',
    totaalInkomsten: '€ 50.000',
    slot: [[SEED_QUESTIONS.dekking, 'Eigen bijdrage van de deelnemers.']],
    datum: '4-11-2020',
    handtekening: 'R. Hoekstra',
    aanvullend: [
      ['Klantgroepen', '☐ kwetsbare ouderen ☒ COPD ☐ kanker'],
      ['JZOJP-doelen', 'vervangen'],
      ['Aantal klanten Zilveren Kruis', '950'],
      ['MDO per jaar', '4'],
      ['Intervisie', '☒ ja ☐ nee'],
      ['Samenwerkingsprotocol', 'ja'],
      ['Handelt conform wet- en regelgeving', 'ja'],
      ['Opbrengsten businesscase', '€ 70.000'],
      ['Zorg uit de tweede lijn verplaatst', '☐ ja ☒ nee'],
      ['Nulmeting', 'Heropnames 2020'],
      ['Onderbouwing probleem', 'Heropnames COPD in de IJsseldelta 30% boven landelijk (2019).'],
    ],
  },
  {
    file: 'bijlage3-haarlem-slordig.docx',
    style: 'alinea',
    naamInitiatief: '  Beweegnetwerk   Haarlem-Noord ',
    naamSamenwerkingsverband: 'Vereniging Zorg Haarlem-Noord',
    samenwerkingsvorm: 'o Coöperatie   o Stichting   ☒ Anders, namelijk: vereniging met volledige rechtsbevoegdheid',
    // KvK nummer left out: the applicant skipped it.
    deelnemers: [
      { index: '1', praktijknaam: 'Fysio Noord', adres: 'Rijksstraatweg 200', postcode: '2022dg', plaats: 'Haarlem', agb: '0401234', praktijkhouder: 'P. Smit', telefoon: '023 - 525 25 25', email: 'fysionoord@example', index2: undefined } as unknown as Participant,
      { index: '…', praktijknaam: 'Huisartsenpraktijk Delftwijk', adres: 'Delftplein 1', postcode: '2024 AA', plaats: 'Haarlem', agb: '01011111', praktijkhouder: 'K. de Boer', telefoon: 'n.v.t.', email: 'delftwijk@example.nl' },
    ],
    vragen: [
      [SEED_QUESTIONS.achtergrond, 'Veel ouderen in Haarlem-Noord bewegen te weinig.'],
      [SEED_QUESTIONS.vergelijkbaar, 'n.v.t.'],
    ],
    startdatum: '1 april 2021',
    looptijd: 'tot eind 2022',
    periode: ['1 april 2021', '31 december 2022'],
    kosten: [['Beweegcoaches', '€ 22.000,-'], ['Wetenschappelijk onderzoek effectmeting', '€ 6.000,-']],
    gevraagd: '€ 28.000,-',
    andereBronnen: [],
    totaalKosten: '€ 28.000,-',
    totaalInkomsten: '€ 28.000,-',
    slot: [[SEED_QUESTIONS.opmerkingen, '=HYPERLINK("http://voorbeeld.example","klik hier")']],
    datum: '5 november 2020',
    handtekening: 'P. Smit',
    aanvullend: [['Klantgroepen', 'kwetsbare ouderen'], ['Aantal klanten Zilveren Kruis', '800'], ['MDO per jaar', 'elk kwartaal'], ['Lievelingskleur', 'blauw']],
  },
  {
    // Filled in with Word's own check boxes (content controls), as the digital form invites.
    file: 'bijlage3-amsterdam-vinkjes.docx',
    style: 'tabel',
    naamInitiatief: 'Sterk Thuis Oost',
    naamSamenwerkingsverband: 'Coöperatie Zorg Amsterdam-Oost U.A.',
    samenwerkingsvorm: [{ box: true }, { text: ' Coöperatie  ' }, { box: false }, { text: ' Stichting  ' }, { box: false }, { text: ' Anders, namelijk…' }],
    kvkNummer: '77889900',
    deelnemers: [
      { index: '1', praktijknaam: 'Fysiotherapie Watergraafsmeer', adres: 'Middenweg 50', postcode: '1097 BN', plaats: 'Amsterdam', agb: '04088001', praktijkhouder: 'H. Koster', telefoon: '020-6651234', email: 'info@fysiowgm.example', discipline: 'fysiotherapie', contract2021: 'ja', contract2022: 'ja' },
      { index: '2', praktijknaam: 'Huisartsenpraktijk Diemen-Noord', adres: 'Ouddiemerlaan 10', postcode: '1111 EA', plaats: 'Diemen', agb: '01088002', praktijkhouder: 'B. Haddou', telefoon: '020-6991234', email: 'praktijk@diemennoord.example', discipline: 'huisartsenzorg' },
      { index: '3', praktijknaam: 'Ergotherapie Oost', adres: 'Linnaeusstraat 2', postcode: '1092 AD', plaats: 'Amsterdam', agb: '26088003', praktijkhouder: 'S. de Graaf', telefoon: '020-6941234', email: 'ergo@oost.example', discipline: 'ergotherapie' },
    ],
    vragen: [
      [SEED_QUESTIONS.achtergrond, 'Mensen met diabetes in Oost missen begeleiding bij bewegen.'],
      [SEED_QUESTIONS.doelgroep, 'Volwassenen met diabetes type 2 in Amsterdam-Oost en Diemen.'],
      [SEED_QUESTIONS.doel, 'Voorkomen van complicaties door beweegbegeleiding in de wijk.'],
      [SEED_QUESTIONS.smart, 'Binnen een jaar beweegt 60% van de deelnemers 150 minuten per week.'],
      [SEED_QUESTIONS.businesscase, 'Op lange termijn minder complicaties.'],
    ],
    startdatum: '1-4-2021',
    looptijd: '21 maanden',
    periode: ['1-4-2021', '31-12-2022'],
    kosten: [['Beweegprogramma', '€ 35.000,00'], ['Coördinatie', '€ 15.000,00']],
    gevraagd: '€ 50.000,00',
    andereBronnen: [],
    totaalKosten: '€ 50.000,00',
    totaalInkomsten: '€ 50.000,00',
    slot: [[SEED_QUESTIONS.dekking, 'Volledig gevraagd bij Zilveren Kruis.']],
    datum: '3 november 2020',
    handtekening: 'H. Koster',
    aanvullend: [
      ['Klantgroepen', [{ box: false }, { text: ' kwetsbare ouderen  ' }, { box: false }, { text: ' COPD  ' }, { box: false }, { text: ' kanker' }]],
      ['JZOJP-doelen', [{ box: false }, { text: ' voorkomen  ' }, { box: false }, { text: ' verplaatsen  ' }, { box: false }, { text: ' vervangen' }]],
      ['Aantal klanten Zilveren Kruis', '1.000'],
      ['MDO per jaar', '4'],
      ['Intervisie', [{ box: true }, { text: ' ja  ' }, { box: false }, { text: ' nee' }]],
      ['Samenwerkingsprotocol', 'ja'],
      ['Handelt conform wet- en regelgeving', 'ja'],
      ['Opbrengsten businesscase', '€ 20.000'],
      ['Kosten businesscase', '€ 50.000'],
      ['Zorg uit de tweede lijn verplaatst', 'nee'],
      ['Nulmeting', 'Beweegminuten bij aanvang'],
      ['Onderbouwing probleem', 'Diabetes komt in Oost 1,5 keer zo vaak voor als gemiddeld (GGD 2020).'],
    ],
  },
];

async function main(): Promise<void> {
  const dir = join(__dirname, '..', 'samples', 'import');
  for (const form of FORMS) {
    const children = form.style === 'tabel' ? tableForm(form) : paragraphForm(form);
    const doc = new Document({ creator: 'ZK Beoordeling (voorbeeld)', sections: [{ children }] });
    writeFileSync(join(dir, form.file), await Packer.toBuffer(doc));
    process.stdout.write(`geschreven: samples/import/${form.file}\n`);
  }
}

void main();
