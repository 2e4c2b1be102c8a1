import { renderBevindingen, type Bevinding, type Herkomst } from '../findings';
import type { CheckStatus } from '../outcome';
import type { Patientengroep, VoorwaardeGroep, VoorwaardeHulp } from './policy-schema';
import type { PersoonUitkomst, PraktijkUitkomst, TherapeutCheck, TherapeutUitkomst, VoorwaardeUitkomst, VsGroepUitkomst } from './results';

/**
 * The results of the module checklist as small classes whose `reden` is rendered from the
 * findings when something reads it (a getter on the prototype: no closure and no string per
 * object). A run of 10,000 practices makes some 600,000 results, of which a screen, sheet or
 * letter shows a few; rendering every sentence up front was most of the run's time and memory.
 *
 * Reading `reden` gives what `renderBevindingen(bevindingen)` gives, each time (nothing is
 * cached: a cache field per object costs what the string costs). Assigning `reden` keeps the text
 * assigned, as an own property. `toJSON` gives a plain object with `reden` in the place it always
 * had, so `JSON.stringify` of a result is what it was when results were plain objects.
 * Spreading a result (`{ ...r }`) leaves `reden` out: it is not an own property.
 */

/** Makes an assigned `reden` an own property that hides the getter. */
function assignReden(target: object, value: string): void {
  Object.defineProperty(target, 'reden', { value, writable: true, enumerable: true, configurable: true });
}

/** One person's result on one per-person condition. */
export class PersoonCheck implements TherapeutCheck {
  declare id: string;
  declare naam: string;
  declare status: CheckStatus;
  declare bevindingen: Bevinding[];

  constructor(id: string, naam: string, status: CheckStatus, bevindingen: Bevinding[]) {
    this.id = id;
    this.naam = naam;
    this.status = status;
    this.bevindingen = bevindingen;
  }

  get reden(): string {
    return renderBevindingen(this.bevindingen);
  }

  set reden(value: string) {
    assignReden(this, value);
  }

  toJSON(): TherapeutCheck {
    return { id: this.id, naam: this.naam, status: this.status, reden: this.reden, bevindingen: this.bevindingen };
  }
}

/** The parts of a condition's result that are the same for every practice: made once per run, shared, frozen. */
export interface VoorwaardeVast {
  readonly id: string;
  readonly label: string;
  readonly kop: string;
  readonly groep: VoorwaardeGroep;
  readonly niveau: 'praktijk' | 'therapeut';
  readonly herkomst: Herkomst;
  readonly velden: string[];
  readonly knockout: boolean;
  readonly beoordelaarNodig?: boolean;
  readonly keuzes: Herkomst[];
  readonly hulp: VoorwaardeHulp[];
}

const VAST_KEYS = ['id', 'label', 'kop', 'groep', 'niveau', 'herkomst', 'velden', 'knockout', 'beoordelaarNodig', 'keuzes', 'hulp'] as const;

/**
 * One condition for one practice. Only `status`, `bevindingen` and `therapeuten` are the
 * practice's own; the parts that are the same for every practice (id, label, kop, herkomst,
 * velden, keuzes, hulp …) sit on the prototype of one class per condition (`VoorwaardeResultaat.voor`),
 * made once per run: 18 conditions × 10,000 practices do not each copy eleven fields.
 */
export class VoorwaardeResultaat implements VoorwaardeUitkomst {
  declare id: string;
  declare label: string;
  declare kop: string;
  declare groep: VoorwaardeGroep;
  declare niveau: 'praktijk' | 'therapeut';
  declare status: CheckStatus;
  declare bevindingen: Bevinding[];
  declare herkomst: Herkomst;
  declare velden: string[];
  declare knockout: boolean;
  declare keuzes: Herkomst[];
  declare hulp: VoorwaardeHulp[];
  declare beoordelaarNodig?: boolean;
  declare therapeuten?: PersoonUitkomst[];

  /** The class of one condition's results, with the shared parts on its prototype. */
  static voor(vast: VoorwaardeVast): new (status: CheckStatus, bevindingen: Bevinding[], therapeuten?: PersoonUitkomst[]) => VoorwaardeResultaat {
    class Resultaat extends VoorwaardeResultaat {}
    const proto = Resultaat.prototype as unknown as Record<string, unknown>;
    for (const key of VAST_KEYS) if (vast[key] !== undefined) proto[key] = vast[key];
    return Resultaat;
  }

  constructor(status: CheckStatus, bevindingen: Bevinding[], therapeuten?: PersoonUitkomst[]) {
    this.status = status;
    this.bevindingen = bevindingen;
    if (therapeuten) this.therapeuten = therapeuten;
  }

  get reden(): string {
    return renderBevindingen(this.bevindingen);
  }

  set reden(value: string) {
    assignReden(this, value);
  }

  toJSON(): VoorwaardeUitkomst {
    const out: VoorwaardeUitkomst = {
      id: this.id,
      label: this.label,
      kop: this.kop,
      groep: this.groep,
      niveau: this.niveau,
      status: this.status,
      reden: this.reden,
      bevindingen: this.bevindingen,
      herkomst: this.herkomst,
      velden: this.velden,
      knockout: this.knockout,
      keuzes: this.keuzes,
      hulp: this.hulp,
    };
    if (this.beoordelaarNodig) out.beoordelaarNodig = true;
    if (this.therapeuten) out.therapeuten = this.therapeuten;
    return out;
  }
}

/** The one-line summary of a practice: which knock-out conditions are not met or unknown. */
export function overallReason(status: CheckStatus, voorwaarden: readonly VoorwaardeUitkomst[]): string {
  const niet: string[] = [];
  const onbekend: string[] = [];
  let knockouts = 0;
  for (const v of voorwaarden) {
    if (!v.knockout) continue;
    knockouts += 1;
    if (v.status === 'voldoet niet') niet.push(v.kop);
    else if (v.status === 'onbekend') onbekend.push(v.kop);
  }
  if (status === 'voldoet') return `voldoet aan alle ${knockouts} voorwaarden`;
  const parts: string[] = [];
  if (niet.length) parts.push(`voldoet niet aan: ${niet.join(', ')}`);
  if (onbekend.length) parts.push(`onbekend: ${onbekend.join(', ')}`);
  return parts.join('; ');
}

/** The checklist of one practice; `reden` is the summary of its knock-out conditions. */
export class PraktijkResultaat implements PraktijkUitkomst {
  declare agb: string;
  declare naam: string;
  declare bron?: { bestand: string; plaats: string };
  declare status: CheckStatus;
  declare voorwaarden: VoorwaardeUitkomst[];
  declare therapeuten: TherapeutUitkomst[];

  constructor(agb: string, naam: string, bron: { bestand: string; plaats: string } | undefined, status: CheckStatus, voorwaarden: VoorwaardeUitkomst[], therapeuten: TherapeutUitkomst[]) {
    this.agb = agb;
    this.naam = naam;
    if (bron) this.bron = bron;
    this.status = status;
    this.voorwaarden = voorwaarden;
    this.therapeuten = therapeuten;
  }

  get reden(): string {
    return overallReason(this.status, this.voorwaarden);
  }

  set reden(value: string) {
    assignReden(this, value);
  }

  toJSON(): PraktijkUitkomst {
    return {
      agb: this.agb,
      naam: this.naam,
      ...(this.bron ? { bron: this.bron } : {}),
      status: this.status,
      reden: this.reden,
      voorwaarden: this.voorwaarden,
      therapeuten: this.therapeuten,
    };
  }
}

/** The parts of a patient group's result that are the same for every practice. */
export interface VsGroepVast {
  readonly id: string;
  readonly groep: Patientengroep;
  readonly kop: string;
  readonly herkomst: Herkomst;
  readonly nb?: Herkomst;
  readonly hulp: VoorwaardeHulp[];
}

/** One patient group of Verdiepen & Specialiseren for one practice. */
export class VsGroepResultaat implements VsGroepUitkomst {
  declare id: string;
  declare groep: Patientengroep;
  declare kop: string;
  declare status: CheckStatus;
  declare bevindingen: Bevinding[];
  declare herkomst: Herkomst;
  declare therapeuten: string[];
  declare onbekend: string[];
  declare nb?: Herkomst;
  declare hulp: VoorwaardeHulp[];

  constructor(vast: VsGroepVast, status: CheckStatus, bevindingen: Bevinding[], therapeuten: string[], onbekend: string[]) {
    this.id = vast.id;
    this.groep = vast.groep;
    this.kop = vast.kop;
    this.status = status;
    this.bevindingen = bevindingen;
    this.herkomst = vast.herkomst;
    this.therapeuten = therapeuten;
    this.onbekend = onbekend;
    if (vast.nb) this.nb = vast.nb;
    this.hulp = vast.hulp;
  }

  get reden(): string {
    return renderBevindingen(this.bevindingen);
  }

  set reden(value: string) {
    assignReden(this, value);
  }

  toJSON(): VsGroepUitkomst {
    return {
      id: this.id,
      groep: this.groep,
      kop: this.kop,
      status: this.status,
      reden: this.reden,
      bevindingen: this.bevindingen,
      herkomst: this.herkomst,
      therapeuten: this.therapeuten,
      onbekend: this.onbekend,
      ...(this.nb ? { nb: this.nb } : {}),
      hulp: this.hulp,
    };
  }
}
