/** One line of the audit sheet: when, who in which role, what happened and why. */
export interface AuditEvent {
  /** ISO timestamp passed in by the caller (rules never read the clock). */
  tijdstip: string;
  wie: string;
  rol: string;
  /** Kind of event and what it concerns, e.g. `override K5 (A-03)`, `consensus`, `loting`. */
  wat: string;
  /**
   * The kind of event as data (`overschrijving`, `consensusscore`, `beslisregel`, `loting`,
   * `besluit van het team`, `besluit`), so the sheets' Actie column needs no parsing of `wat`.
   */
  soort?: string;
  waarom: string;
}
