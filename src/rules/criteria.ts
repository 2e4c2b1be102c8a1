import type { Application, Participant } from './application';
import { isPhysiotherapy, participantDiscipline } from './disciplines';
import type { Criterion } from './policy';
import { finiteNumber, nonEmptyText, weakest, type Finding } from './status';
import { validateKvk } from './validators';

/**
 * Automatic rules for the Bijlage 1 criteria, keyed by criterion id. The policy says which
 * criteria exist, their text and thresholds (`minimum`); this table says how a criterion is
 * decided from the application's fields. A criterion without a rule here is left to an assessor.
 */
export type CriterionRule = (app: Application, criterion: Criterion) => Finding & { beoordelaarNodig?: boolean };

function participants(app: Application): Participant[] {
  return Array.isArray(app.deelnemers) ? app.deelnemers.filter((p) => p && typeof p === 'object') : [];
}

function practiceName(p: Participant, index: number): string {
  return nonEmptyText(p.praktijknaam) ?? `deelnemer ${index + 1}`;
}

/** Forms written under "Anders, namelijk…" that are legal entities (rechtspersonen). */
const OTHER_LEGAL_ENTITIES = /^(b\.?v\.?|besloten vennootschap|n\.?v\.?|naamloze vennootschap|vereniging|coöperatie|cooperatie|coöperatieve vereniging|u\.?a\.?)\b/i;

function legalEntity(app: Application): Finding & { beoordelaarNodig?: boolean } {
  const findings: Finding[] = [];
  const form = app.samenwerkingsvorm;
  const kvk = typeof app.kvkNummer === 'string' ? validateKvk(app.kvkNummer) : undefined;
  let beoordelaarNodig = false;
  if (form === 'Coöperatie' || form === 'Stichting') {
    findings.push({ status: 'voldoet', reden: `samenwerkingsvorm ${form}` });
  } else if (form === 'Anders') {
    const other = nonEmptyText(app.samenwerkingsvormAnders);
    if (other && OTHER_LEGAL_ENTITIES.test(other)) findings.push({ status: 'voldoet', reden: `samenwerkingsvorm ${other}` });
    else {
      beoordelaarNodig = true;
      findings.push({ status: 'onbekend', reden: other ? `samenwerkingsvorm '${other}': een beoordelaar stelt vast of dit een juridisch geformaliseerde entiteit is` : "samenwerkingsvorm 'Anders' zonder omschrijving" });
    }
  } else {
    findings.push({ status: 'onbekend', reden: 'samenwerkingsvorm ontbreekt' });
  }
  if (!kvk) findings.push({ status: 'onbekend', reden: 'KvK-nummer ontbreekt' });
  else if (!kvk.ok) findings.push({ status: 'onbekend', reden: `KvK-nummer ongeldig: ${kvk.melding}` });
  else findings.push({ status: 'voldoet', reden: `KvK-nummer ${kvk.value}` });
  if (app.handeltConformWetgeving === false) findings.push({ status: 'voldoet niet', reden: 'het samenwerkingsverband verklaart niet in overeenstemming met de geldende wet- en regelgeving te handelen' });
  const status = weakest(findings.map((f) => f.status));
  const reden = findings.map((f) => f.reden).join('; ');
  return beoordelaarNodig ? { status, reden, beoordelaarNodig } : { status, reden };
}

function atLeastOne(values: unknown, what: string, minimum = 1): Finding {
  if (!Array.isArray(values)) return { status: 'onbekend', reden: `${what} niet opgegeven` };
  const distinct = [...new Set(values.filter((v) => typeof v === 'string'))];
  if (distinct.length < minimum) return { status: 'voldoet niet', reden: `geen ${what} opgegeven` };
  return { status: 'voldoet', reden: `${what}: ${distinct.join(', ')}` };
}

function atLeast(value: unknown, minimum: number, what: string, unit: string): Finding {
  const n = finiteNumber(value);
  if (n === undefined) return { status: 'onbekend', reden: `${what} niet opgegeven` };
  if (n < minimum) return { status: 'voldoet niet', reden: `${what}: ${n}, minder dan ${minimum} ${unit}` };
  return { status: 'voldoet', reden: `${what}: ${n} (minimaal ${minimum} ${unit})` };
}

function firstLineDisciplines(app: Application, minimum: number): Finding {
  const list = participants(app);
  if (list.length === 0) return { status: 'onbekend', reden: 'geen deelnemers opgegeven' };
  const found = new Set<string>();
  const unknown: string[] = [];
  const other: string[] = [];
  const secondLine: string[] = [];
  list.forEach((p, i) => {
    const finding = participantDiscipline(p);
    if (finding.kind === 'eerstelijns') found.add(finding.discipline);
    else if (finding.kind === 'tweedelijns') secondLine.push(`${practiceName(p, i)} (${finding.discipline})`);
    else if (finding.kind === 'anders') other.push(`${practiceName(p, i)} (${finding.discipline})`);
    else unknown.push(practiceName(p, i));
  });
  const counted = `${found.size} eerstelijns discipline(s)${found.size ? ': ' + [...found].join(', ') : ''}`;
  const notes = [
    secondLine.length ? `niet eerstelijns: ${secondLine.join(', ')}` : '',
    other.length ? `niet als eerstelijns discipline herkend: ${other.join(', ')}` : '',
    unknown.length ? `discipline onbekend bij ${unknown.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const reden = notes ? `${counted}; ${notes}` : counted;
  if (found.size >= minimum) return { status: 'voldoet', reden };
  if (found.size + unknown.length + other.length >= minimum && (unknown.length > 0 || other.length > 0)) return { status: 'onbekend', reden: `${reden}; minimaal ${minimum} nodig` };
  return { status: 'voldoet niet', reden: `${reden}; minimaal ${minimum} nodig` };
}

function physiotherapyContracts(app: Application): Finding {
  const list = participants(app);
  if (list.length === 0) return { status: 'onbekend', reden: 'geen deelnemers opgegeven' };
  const missing: string[] = [];
  const without: string[] = [];
  let physio = 0;
  let undetermined = 0;
  list.forEach((p, i) => {
    const isPhysio = isPhysiotherapy(p);
    if (isPhysio === undefined) undetermined++;
    if (!isPhysio) return;
    physio++;
    const name = practiceName(p, i);
    const years = [p.zkContract2021 === false ? '2021' : '', p.zkContract2022 === false ? '2022' : ''].filter(Boolean);
    if (years.length) without.push(`${name} (geen overeenkomst ${years.join(' en ')})`);
    else if (p.zkContract2021 !== true || p.zkContract2022 !== true) missing.push(name);
  });
  if (without.length) return { status: 'voldoet niet', reden: `fysiotherapiepraktijk zonder overeenkomst met Zilveren Kruis: ${without.join(', ')}` };
  if (physio === 0) return { status: 'onbekend', reden: undetermined ? 'van geen deelnemer is bekend dat het een fysiotherapiepraktijk is' : 'geen fysiotherapiepraktijk onder de deelnemers' };
  if (missing.length) return { status: 'onbekend', reden: `overeenkomst 2021/2022 niet opgegeven voor ${missing.join(', ')}` };
  const note = undetermined ? `; van ${undetermined} deelnemer(s) is de discipline onbekend` : '';
  return { status: 'voldoet', reden: `alle ${physio} fysiotherapiepraktijk(en) hebben een overeenkomst voor 2021 en 2022${note}` };
}

/** Judgement criteria: explicit "no" fails, evidence makes a provisional pass an assessor confirms. */
function judged(evidence: Finding): Finding & { beoordelaarNodig: true } {
  return { ...evidence, beoordelaarNodig: true };
}

export const CRITERION_RULES: Readonly<Record<string, CriterionRule>> = {
  K1: (app) => legalEntity(app),
  K2: (app, c) => atLeastOne(app.klantgroepen, 'klantgroepen', c.minimum ?? 1),
  K3: (app, c) => atLeastOne(app.jzojpDoelen, 'JZOJP-doelen', c.minimum ?? 1),
  K4: (app, c) => firstLineDisciplines(app, c.minimum ?? 3),
  K5: (app) =>
    judged(
      app.samenwerkingsprotocol === false
        ? { status: 'voldoet niet', reden: 'er is geen samenwerkingsprotocol' }
        : app.samenwerkingsprotocol === true
          ? { status: 'voldoet', reden: 'samenwerkingsprotocol aanwezig; een beoordelaar bevestigt dat het vastlegt wat men doet, wie wat doet en wat het de patiënt oplevert' }
          : { status: 'onbekend', reden: 'niet opgegeven of er een samenwerkingsprotocol is' },
    ),
  K6: (app) => {
    const how = nonEmptyText(app.verbeterwijze);
    const evidence = how ? ` (${how.length > 80 ? how.slice(0, 77) + '…' : how})` : '';
    return judged(
      app.intervisie === false
        ? { status: 'voldoet niet', reden: 'er zijn geen intercollegiale sessies zoals intervisie' }
        : app.intervisie === true
          ? { status: 'voldoet', reden: `intercollegiale sessies (intervisie) opgegeven${evidence}; een beoordelaar bevestigt de gestructureerde verbetering` }
          : { status: 'onbekend', reden: 'niet opgegeven of er intercollegiale sessies (intervisie) zijn' },
    );
  },
  K7: (app) =>
    judged(
      nonEmptyText(app.probleemOnderbouwing)
        ? { status: 'voldoet', reden: 'onderbouwing van het regionale probleem opgegeven; een beoordelaar bevestigt dat het met feiten onderbouwd en afgebakend is' }
        : { status: 'onbekend', reden: 'geen onderbouwing van het probleem, de behoefte of de uitdaging in de regio' },
    ),
  K8: (app, c) => atLeast(app.mdoPerJaar, c.minimum ?? 4, 'MDO per jaar', 'per jaar, één keer per kwartaal'),
  K9: (app, c) => atLeast(app.aantalZkKlanten, c.minimum ?? 750, 'aantal klanten van Zilveren Kruis', 'klanten'),
  K11: (app) => physiotherapyContracts(app),
};
