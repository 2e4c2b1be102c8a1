/**
 * Writes the tabular samples in samples/import/: a CSV as Dutch Excel saves it (`;`, decimal
 * comma, Windows-1252 bytes) and an import workbook (.xlsx) with the sheets Aanvragen,
 * Deelnemers and Begroting, including an Excel serial date, number cells, a formula with its
 * cached result and one without. Run with `npx tsx scripts/make-sample-tables.ts`. All data is fictional.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const dir = join(__dirname, '..', 'samples', 'import');

const CSV_LINES = [
  'id;Naam initiatief;Naam samenwerkingsverband;Samenwerkingsvorm;KvK nummer;Beoogde startdatum;einddatum;Gevraagd bedrag;klantgroepen;jzojpDoelen;aantalZkKlanten;mdoPerJaar;intervisie;samenwerkingsprotocol;handeltConformWetgeving;businesscase_opbrengsten;businesscase_kosten;deelnemer1_praktijknaam;deelnemer1_plaats;deelnemer1_gemeente;deelnemer1_agb;deelnemer1_discipline;deelnemer1_telefoon;deelnemer1_zkContract2021;deelnemer1_zkContract2022;deelnemer2_praktijknaam;deelnemer2_plaats;deelnemer2_agb;deelnemer2_discipline;deelnemer3_praktijknaam;deelnemer3_plaats;deelnemer3_agb;deelnemer3_discipline;kosten1_omschrijving;kosten1_bedrag;kosten1_categorie;kosten2_omschrijving;kosten2_bedrag;kosten2_categorie;opmerkingen;Contactpersoon ZK;doel;doelgroep;smartDoelen;nulmeting;businesscaseOmschrijving;probleemOnderbouwing;businesscase_zorgUitTweedeLijn',
  'C-01;Samen Beter Capelle;Coöperatie Zorg aan de IJssel U.A.;Coöperatie;72345678;1-4-2021;31-12-2022;€ 48.500,00;"kwetsbare ouderen; COPD";voorkomen;1.250;4;ja;x;WAAR;€ 90.000;€ 48.500,00;Fysiotherapie ’s-Gravenland;Capelle aan den IJssel;Capelle a/d IJssel;04055555;fysiotherapie;010-4501234;ja;ja;Huisartsenpraktijk Oostgaarde;Capelle aan den IJssel;01066666;huisartsenzorg;Wijkverpleging Kralingen;Rotterdam;22077777;wijkverpleging;Coördinatie en projectleiding;€ 28.500,00;coördinatie;Scholing ketenzorg COPD;€ 20.000,00;scholing;;M. Jansen;Voorkomen van longaanvallen en valincidenten;Kwetsbare ouderen en mensen met COPD in Capelle;Eind 2022 20% minder SEH-bezoeken;SEH-bezoeken 2020 per wijk;Besparing op SEH-bezoeken en opnames;SEH-bezoeken van 75-plussers in Capelle stegen 2018-2020 met 18%;nee',
  'C-02;Duo Zaandam;Stichting Zaanse Zorg;Stichting;73456789;01-04-2021;31-12-2022;€ 20.000,00;kwetsbare ouderen;verplaatsen;900;2;ja;ja;nee;€ 45.000;€ 20.000;Fysio Zaandam Oost;Zaandam;Zaanstad;04011122;fysiotherapie;075-6123456;ja;ja;Huisartsen Poelenburg;Zaandam;01022233;huisartsenzorg;;;;;Uren fysiotherapeut;€ 20.000,00;personeel;;;;;Verplaatsen van nazorg naar de eerste lijn;Kwetsbare ouderen in Zaandam-Oost;Binnen een jaar 10% kortere opnames;Opnameduur 2020;Kortere opnames besparen meer dan de uren kosten;Lange opnameduur door gebrek aan nazorg thuis (ziekenhuiscijfers 2020);nee',
  'C-03;Beweegkracht Den Helder;-1;stichting;1234567;32-13-2021;;twaalfduizend;kanker;vervangen;800;4;ONWAAR;nee;ja;;;Fysio Helderse Duinen;Den Helder;Den Helder;04-12-345;fysiotherapie;+31 6 12345678;ja;ja;Huisarts Julianadorp;Den Helder;01099999;huisartsenzorg;Ergotherapie Noordkop;Den Helder;26012345;ergotherapie;Inrichting oefenzaal;€ 15.000,00;inrichting of bouw;;;;@SUM(A1);;;;;;;;',
];

async function writeWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const apps = wb.addWorksheet('Aanvragen');
  apps.addRow(['id', 'naamInitiatief', 'naamSamenwerkingsverband', 'samenwerkingsvorm', 'kvkNummer', 'startdatum', 'einddatum', 'begroting_gevraagdBedrag', 'klantgroepen', 'jzojpDoelen', 'aantalZkKlanten', 'mdoPerJaar', 'intervisie', 'samenwerkingsprotocol', 'handeltConformWetgeving', 'businesscase_opbrengsten', 'opmerkingen', 'ontvangen', 'doel', 'doelgroep', 'smartDoelen', 'nulmeting', 'businesscaseOmschrijving', 'probleemOnderbouwing', 'businesscase_zorgUitTweedeLijn']);
  const plan = (wat: string) => [`Voorkomen en verplaatsen van zorg (${wat})`, `Kwetsbare ouderen (${wat})`, `Eind 2022 15% minder opnames (${wat})`, `Opnames 2020 (${wat})`, `Minder opnames besparen meer dan de kosten (${wat})`, `Regiocijfers 2020 tonen het probleem (${wat})`, 'nee'];
  // start date as a bare Excel serial number (44287 = 2021-04-01), KvK typed as a number,
  // and the requested amount as a formula whose cached result is 36000.
  apps.addRow(['X-01', 'Zorgnetwerk Apeldoorn-Zuid', 'Coöperatie Zorgnetwerk Apeldoorn U.A.', 'Coöperatie', 69876543, 44287, new Date(Date.UTC(2022, 11, 31)), { formula: 'SUM(D2:D3)', result: 36000 }, 'kwetsbare ouderen', 'voorkomen; vervangen', 1500, 4, true, 'ja', 'ja', 80000, 'Geen bijzonderheden.', new Date(Date.UTC(2020, 10, 2)), ...plan('Apeldoorn')]);
  apps.addRow(['X-02', 'Kennemer Kracht', { richText: [{ text: 'Stichting ' }, { font: { bold: true }, text: 'Kennemer Kracht' }] }, 'Stichting', '74561234', '1 april 2021', '30-06-2023', '€ 52.000,00', 'COPD', 'verplaatsen', 1000, 6, 'ja', 'ja', 'ja', 120000, '=HYPERLINK("http://voorbeeld.example","klik")', '4-11-2020', ...plan('Haarlem')]);
  apps.addRow(['X-03', 'Drentse Zorgkring', 'Coöperatie Zorgkring Assen U.A.', 'Coöperatie', '75612345', '2021-04-01', '2022-12-31', { formula: 'B4*2' }, 'kwetsbare ouderen', 'voorkomen', 800, 4, 'ja', 'ja', 'ja', 50000, '+31 592 123456', '5-11-2020', ...plan('Assen')]);
  apps.getColumn(7).numFmt = 'dd-mm-yyyy';

  const participants = wb.addWorksheet('Deelnemers');
  participants.addRow(['aanvraagId', 'praktijknaam', 'plaats', 'gemeente', 'agb', 'discipline', 'zkContract2021', 'zkContract2022', 'email']);
  participants.addRow(['X-01', 'Fysiotherapie Zuidbroek', 'Apeldoorn', 'Apeldoorn', '04033333', 'fysiotherapie', 'ja', 'ja', 'info@zuidbroek.example']);
  participants.addRow(['X-01', 'Huisartsen De Maten', 'Apeldoorn', 'Apeldoorn', '01033333', 'huisartsenzorg', null, null, null]);
  participants.addRow(['X-01', 'Diëtist Voorst', 'Twello', 'Voorst', '24033333', 'diëtetiek', null, null, null]);
  participants.addRow(['X-02', 'Fysio Kennemerplein', 'Haarlem', 'Haarlem', '04044444', 'fysiotherapie', 'ja', 'ja', null]);
  participants.addRow(['X-02', 'Huisartsen Schoten', 'Haarlem', 'Haarlem', '01044444', 'huisartsenzorg', null, null, null]);
  participants.addRow(['X-02', 'Ergotherapie Velsen', 'IJmuiden', 'Velsen', '26044444', 'ergotherapie', null, null, null]);
  participants.addRow(['X-03', 'Fysiotherapie Assen-Oost', 'Assen', 'Assen', '04055544', 'fysiotherapie', 'ja', 'nee', null]);
  participants.addRow(['X-03', 'Huisartsen Kloosterveen', 'Assen', 'Assen', '01055544', 'huisartsenzorg', null, null, null]);
  participants.addRow(['X-03', 'Logopedie Tynaarlo', 'Vries', 'Tynaarlo', '05055544', 'logopedie', null, null, null]);
  participants.addRow(['X-99', 'Praktijk zonder aanvraag', 'Emmen', 'Emmen', '04099999', 'fysiotherapie', null, null, null]);

  const budget = wb.addWorksheet('Begroting');
  budget.addRow(['aanvraagId', 'soort', 'omschrijving', 'bedrag', 'categorie']);
  budget.addRow(['X-01', 'kosten', 'Coördinatie', 16000, 'coördinatie']);
  budget.addRow(['X-01', 'kosten', 'Scholing valpreventie', 20000, 'scholing']);
  budget.addRow(['X-02', 'kosten', 'Longverpleegkundige', 40000, 'personeel']);
  budget.addRow(['X-02', 'kosten', 'Wetenschappelijk onderzoek naar effect', 12000, 'onderzoek']);
  budget.addRow(['X-02', 'inkomsten', 'Gemeente Haarlem', 10000, null]);
  budget.addRow(['X-03', 'kosten', 'Projectleiding', 30000, 'coördinatie']);
  writeFileSync(join(dir, 'importwerkmap.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function main(): Promise<void> {
  writeFileSync(join(dir, 'aanvragen-excel-nl.csv'), iconv.encode(CSV_LINES.join('\r\n') + '\r\n', 'win1252'));
  await writeWorkbook();
  process.stdout.write('geschreven: samples/import/aanvragen-excel-nl.csv, samples/import/importwerkmap.xlsx\n');
}

void main();
