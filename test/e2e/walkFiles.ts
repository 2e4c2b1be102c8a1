import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = join(__dirname, '../../samples');

export interface Override {
  /** Application title as shown in the list (to open it). */
  title: RegExp;
  id: string;
  check: string;
  reden: string;
}

export interface WalkFiles {
  /** Files of the first import: a filled-in Word form, a Dutch-Excel CSV, and the JSON samples. */
  first: string[];
  expectedApplications: number;
  /** [application id, literal applicant text] that must arrive as text, never as a formula. */
  hostile: [string, string][];
  /** A newer version of one application (one field changed). */
  reimport: string;
  reimportId: string;
  /** Overrides an assessor makes in the walk, each with a written reason. */
  overrides: Override[];
}

const jsonRecords = (file: string): unknown[] => {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return Array.isArray(json) ? json : [json];
};

/**
 * The walk's files, all from samples/: the Word form "Samen Sterk in Zeist" (Bijlage 3), the CSV as
 * Dutch Excel saves it (three applications, samples/import/EXPECTED.md), the twelve screening
 * samples (samples/aanvragen: eligible ones, each knock-out, incomplete, hostile text) and the six
 * eligible applications of samples/beoordeling.
 */
export function walkFiles(dir: string): WalkFiles {
  const json = (folder: string) =>
    readdirSync(join(SAMPLES, folder))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => join(SAMPLES, folder, n));
  const screening = json('aanvragen');
  const scoring = json('beoordeling/aanvragen');
  const word = join(SAMPLES, 'import/bijlage3-zeist-samen-sterk.docx');
  const csv = join(SAMPLES, 'import/aanvragen-excel-nl.csv');
  const jsonCount = [...screening, ...scoring].reduce((n, f) => n + jsonRecords(f).length, 0);

  // A-2021-003 "Fit na Kanker Zwolle" fails K9 with 749 clients; its second version adds a remark.
  const k9File = screening.find((f) => f.includes('03-k9-749-klanten'))!;
  const k9 = jsonRecords(k9File)[0] as Record<string, unknown>;
  const reimport = join(dir, 'A-2021-003-versie-2.json');
  writeFileSync(reimport, JSON.stringify({ ...k9, opmerkingen: 'Tweede versie: ledenlijst met 812 klanten van Zilveren Kruis toegevoegd.' }, null, 2));

  const hostile = jsonRecords(screening.find((f) => f.includes('11-vijandige-tekst'))!)[0] as { id: string; naamInitiatief: string };
  return {
    first: [word, csv, ...screening, ...scoring],
    // EXPECTED.md: the Word form holds one application, the CSV three (C-01, C-02, C-03).
    expectedApplications: 1 + 3 + jsonCount,
    hostile: [[hostile.id, hostile.naamInitiatief]],
    reimport,
    reimportId: String(k9.id),
    overrides: [
      { title: /Fit na Kanker Zwolle/, id: String(k9.id), check: 'K9', reden: 'Ledenlijst nagestuurd: 812 klanten van Zilveren Kruis.' },
      {
        title: /Beweegpunt Nieuwegein/,
        id: 'A-2021-012',
        check: 'uitsluitingen',
        reden: 'De kostenregel "onderzoek naar looproutes" is een inventarisatie voor het project, geen wetenschappelijk onderzoek.',
      },
    ],
  };
}
