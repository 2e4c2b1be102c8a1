/**
 * One catalogue of Dutch messages for errors that Excel reports. Every Excel action goes through
 * `toExcelActionError`, so the pane always gets a readable `message` and the original code.
 */
const CATALOGUE: Record<string, string> = {
  RequestPayloadSizeLimitExceeded:
    'de opdracht aan Excel is groter dan 5 MB (de grens van Excel op het web). Probeer het met minder aanvragen tegelijk.',
  ResponsePayloadSizeLimitExceeded: 'het antwoord van Excel is groter dan 5 MB. Lees minder rijen tegelijk.',
  ItemNotFound: 'een werkblad, tabel of grafiek die de invoegtoepassing verwacht, bestaat niet (meer). Is er een blad hernoemd of verwijderd?',
  ItemAlreadyExists: 'er bestaat al een werkblad of tabel met deze naam. Hernoem of verwijder het bestaande blad.',
  AccessDenied: 'Excel weigert de wijziging: de werkmap of het werkblad is beveiligd of alleen-lezen.',
  InvalidOperationInCellEditMode: 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.',
  EditModeCellEditInProgress: 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.',
  Conflict: 'iemand anders wijzigde tegelijk hetzelfde deel van de werkmap. Probeer het opnieuw.',
  InsertDeleteConflict: 'een invoeg- of verwijderactie botst met een tabel of samengevoegde cellen op het blad.',
  ActivityLimitReached: 'Excel heeft tijdelijk te veel opdrachten gekregen. Wacht even en probeer het opnieuw.',
  RequestAborted: 'de opdracht werd afgebroken, bijvoorbeeld doordat de werkmap werd gesloten.',
  InvalidArgument: 'Excel wees een waarde of bereik af als ongeldig.',
  InvalidReference: 'een verwijzing naar een bereik of blad is ongeldig.',
  InvalidOperation: 'Excel staat deze bewerking hier niet toe (bijvoorbeeld een tabel die een andere tabel overlapt).',
  ApiNotFound: 'deze versie van Excel kent een benodigde functie niet. Gebruik Excel voor Microsoft 365 of Excel op het web.',
  UnsupportedOperation: 'deze versie van Excel ondersteunt de bewerking niet.',
  NotImplemented: 'deze versie van Excel ondersteunt de bewerking niet.',
  GeneralException: 'Excel meldt een algemene fout.',
  PropertyNotLoaded: 'interne fout van de invoegtoepassing (gegevens niet geladen). Meld dit aan de beheerder.',
  Unauthenticated: 'u bent niet (meer) aangemeld. Meld u opnieuw aan en probeer het nog eens.',
  ServiceNotAvailable: 'Excel is tijdelijk niet bereikbaar. Probeer het later opnieuw.',
};

export class ExcelActionError extends Error {
  constructor(
    /** What the user was doing, e.g. "Aanvragen schrijven". */
    readonly actie: string,
    /** Excel's error code, or `Onbekend`. */
    readonly code: string,
    message: string,
    /** Excel's own (English) message, for the audit and support. */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'ExcelActionError';
  }
}

/** A Dutch message for a thrown value from Excel (or from our own checks). */
export function toExcelActionError(actie: string, error: unknown): ExcelActionError {
  if (error instanceof ExcelActionError) return error;
  const code = typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'Onbekend';
  const detail = error instanceof Error ? error.message : String(error);
  const uitleg = CATALOGUE[code] ?? `onverwachte fout: ${detail}`;
  return new ExcelActionError(actie, code, `${actie} is mislukt: ${uitleg}`, detail);
}

/** For our own refusals (e.g. a table that should exist but does not). */
export function actionRefused(actie: string, uitleg: string): ExcelActionError {
  return new ExcelActionError(actie, 'Geweigerd', `${actie} is mislukt: ${uitleg}`, uitleg);
}

export const EXCEL_ERROR_CODES = Object.keys(CATALOGUE);
