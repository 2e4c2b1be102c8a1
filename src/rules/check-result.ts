import { renderBevindingen, type Bevinding, type Herkomst } from './findings';
import type { CheckResult, CheckStatus, Override } from './outcome';

/** The data a screened check is made of: a CheckResult without its sentence. */
export type CheckData = Omit<CheckResult, 'reden'>;

/**
 * The sentence of each ScreenedCheck once rendered or assigned. Kept beside the results rather
 * than in a field of each: of the 170,000 results of a 10,000-row screening a few are read, and
 * a field would take its room in every one that is kept.
 */
const REDEN = new WeakMap<ScreenedCheck, string>();

/**
 * A check result whose `reden` is rendered from its findings when something first reads it.
 * Screening 10,000 applications makes some 180,000 results, of which a screen, sheet or letter
 * shows a few: the sentence is made at the edge that shows it (findings are data). Reading
 * `reden` gives exactly what `renderBevindingen(bevindingen, 'nl')` gives; assigning it keeps
 * the text assigned. `toJSON` and `toCheckResult` give a plain object with `reden` filled in,
 * after `status` where it always stood.
 */
export class ScreenedCheck implements CheckResult {
  declare id: string;
  declare alsoIds?: string[];
  declare alsoHerkomst?: Herkomst[];
  declare label: string;
  declare status: CheckStatus;
  declare bevindingen: Bevinding[];
  declare herkomst: Herkomst;
  declare velden: string[];
  declare beoordelaarNodig?: boolean;
  declare knockout: boolean;
  declare override?: Override;
  declare berekend?: CheckStatus;

  constructor(data: CheckData) {
    // Own properties in the order a result always had (JSON output shows it).
    this.id = data.id;
    if (data.alsoIds) this.alsoIds = data.alsoIds;
    if (data.alsoHerkomst) this.alsoHerkomst = data.alsoHerkomst;
    this.label = data.label;
    this.status = data.status;
    this.bevindingen = data.bevindingen;
    this.herkomst = data.herkomst;
    this.velden = data.velden;
    if (data.beoordelaarNodig) this.beoordelaarNodig = true;
    this.knockout = data.knockout;
    if (data.override) this.override = data.override;
    if (data.berekend) this.berekend = data.berekend;
  }

  get reden(): string {
    let reden = REDEN.get(this);
    if (reden === undefined) REDEN.set(this, (reden = renderBevindingen(this.bevindingen, 'nl')));
    return reden;
  }

  set reden(value: string) {
    REDEN.set(this, value);
  }

  /** A plain CheckResult (spreading a ScreenedCheck would leave `reden` out: it is not an own property). */
  toCheckResult(): CheckResult {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) {
      out[key] = value;
      if (key === 'status') out.reden = this.reden;
    }
    return out as unknown as CheckResult;
  }

  toJSON(): CheckResult {
    return this.toCheckResult();
  }
}

/** A plain copy of any check result with `reden` filled in, also of a ScreenedCheck. */
export function plainCheck(check: CheckResult): CheckResult {
  return check instanceof ScreenedCheck ? check.toCheckResult() : { ...check };
}

/**
 * What one check gives before screening puts it into a result: its status, findings and origin,
 * with `reden` rendered from the findings only when read (a getter on the prototype).
 */
export class CheckOutcome {
  constructor(
    public status: CheckStatus,
    public bevindingen: Bevinding[],
    public herkomst: Herkomst,
  ) {}

  get reden(): string {
    return renderBevindingen(this.bevindingen, 'nl');
  }
}
