/*
 * =ZK.VV.ELIGIBLE, =ZK.VV.REASONS and =ZK.VS.GROUPS: the module checklist of one row of the
 * Praktijken table, with its people from the Therapeuten table and its BehandelIndex from the
 * BehandelIndex sheet, through the same column mapping as the import and the same rules as
 * `zk module vv|vs`. Arguments are designed like =ZK.ELIGIBLE's: the header row, the row, then the
 * tables the row links to (header row first). The rules and policies load on the first call
 * (module-checks.ts), so functions.js stays within its budget for the other =ZK.* functions.
 */
import type { FunctionError } from './errors';

/** What a formula returns instead of a value: CustomFunctions.Error in Excel, a plain object in Node. */
type ErrorValue = CustomFunctions.Error | FunctionError;

let checks: Promise<typeof import('./module-checks')> | null = null;
const load = () => (checks ??= import('./module-checks'));

/**
 * Voldoet de praktijk in deze rij aan module Voortdurend Verbeteren (met de voorwaarden van de
 * overeenkomst)? WAAR als elke voorwaarde voldoet, ONWAAR als er één niet voldoet, #N/B met de
 * onbekende voorwaarden als gegevens ontbreken. De therapeuten met de AGB-code van deze rij komen
 * uit de tabel Therapeuten; de BehandelIndex uit het blad BehandelIndex (stap BehandelIndex).
 * Voorbeeld: =ZK.VV.ELIGIBLE(Praktijken[#Kopteksten]; Praktijken[@]; Therapeuten[#Alles]; tblBehandelIndex[#Alles]; tblBiDrempel[#Alles]; "2025-03")
 * @customfunction VV.ELIGIBLE
 * @param koppen De kopregel van de tabel Praktijken (kolomnamen zoals in het importsjabloon).
 * @param rij De rij van één praktijk, even breed als de kopregel.
 * @param [therapeuten] De tabel Therapeuten met kopregel.
 * @param [behandelIndex] De tabel tblBehandelIndex met kopregel (AGB-code, …, Uitkomst); zonder is de BehandelIndex onbekend.
 * @param [biDrempel] De tabel tblBiDrempel met kopregel (referentiejaar en drempel).
 * @param [maand] Maand van instroom als "JJJJ-MM" of een datum; standaard januari van het contractjaar uit Instellingen.
 * @returns WAAR (voldoet) of ONWAAR (voldoet niet).
 */
export async function vvEligible(koppen: any[][], rij: any[][], therapeuten?: any[][], behandelIndex?: any[][], biDrempel?: any[][], maand?: any): Promise<boolean | ErrorValue> {
  return (await load()).vvEligible(koppen, rij, therapeuten, behandelIndex, biDrempel, maand);
}

/**
 * De voorwaarden van module Voortdurend Verbeteren voor de praktijk in deze rij, één per regel
 * ("BehandelIndex voldoet niet: …"). Buiten een tabel zetten: een overloopformule loopt niet in een tabel.
 * Voorbeeld: =ZK.VV.REASONS(Praktijken[#Kopteksten]; Praktijken[@]; Therapeuten[#Alles]; tblBehandelIndex[#Alles]; tblBiDrempel[#Alles])
 * @customfunction VV.REASONS
 * @param koppen De kopregel van de tabel Praktijken.
 * @param rij De rij van één praktijk, even breed als de kopregel.
 * @param [therapeuten] De tabel Therapeuten met kopregel.
 * @param [behandelIndex] De tabel tblBehandelIndex met kopregel.
 * @param [biDrempel] De tabel tblBiDrempel met kopregel.
 * @param [maand] Maand van instroom als "JJJJ-MM" of een datum.
 * @returns Eén regel per voorwaarde.
 */
export async function vvReasons(koppen: any[][], rij: any[][], therapeuten?: any[][], behandelIndex?: any[][], biDrempel?: any[][], maand?: any): Promise<any[][]> {
  return (await load()).vvReasons(koppen, rij, therapeuten, behandelIndex, biDrempel, maand);
}

/**
 * Voor welke patiëntengroepen mag de praktijk in deze rij zorg leveren onder module Verdiepen &
 * Specialiseren? De groepen waarvoor tenminste één fysiotherapeut van de praktijk aan de
 * voorwaarde voldoet, bijvoorbeeld "Parkinson, COPD"; "geen" als er geen is; groepen waarover
 * gegevens ontbreken staan erachter als "(onbekend: …)". Met een groep: WAAR, ONWAAR of #N/B voor die groep.
 * Voorbeeld: =ZK.VS.GROUPS(Praktijken[#Kopteksten]; Praktijken[@]; Therapeuten[#Alles])
 * @customfunction VS.GROUPS
 * @param koppen De kopregel van de tabel Praktijken.
 * @param rij De rij van één praktijk, even breed als de kopregel.
 * @param therapeuten De tabel Therapeuten met kopregel.
 * @param [groep] Eén patiëntengroep: Parkinson, PAV, COPD, bekkenbodem of oedeem en lymfe.
 * @returns De patiëntengroepen, of WAAR/ONWAAR voor één groep.
 */
export async function vsGroups(koppen: any[][], rij: any[][], therapeuten: any[][], groep?: any): Promise<string | boolean | ErrorValue> {
  return (await load()).vsGroups(koppen, rij, therapeuten, groep);
}
