/**
 * DrawingML for one bar chart and the drawing that anchors it on a sheet (ECMA-376 part 1,
 * §21.2 charts and §20.5 spreadsheet drawing). Plain string builders: the element order follows
 * the schema's sequences (CT_BarSer, CT_CatAx, …), which Excel enforces and LibreOffice forgives.
 */

export const NS = {
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  main: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

/** A column of cells on the chart's sheet: 0-based column, 1-based first and last row. */
export interface CellColumn {
  kolom: number;
  vanRij: number;
  totRij: number;
}

export interface BarChartModel {
  /** Sheet the series refer to. */
  blad: string;
  /** `liggend`: horizontal bars (Excel's BarClustered); `staand`: columns, as a histogram. */
  richting: 'liggend' | 'staand';
  titel: string;
  /** The cell holding the series name (the value column's header), with its text. */
  reeksNaam: { kolom: number; rij: number; tekst: string };
  categorieen: CellColumn & { waarden: readonly string[] };
  waarden: CellColumn & { waarden: readonly (number | null)[]; formaat?: string };
  /** Fill per bar (RRGGBB), default `kleur`; bars the reader should tell apart get their own. */
  kleur: string;
  kleurPerPunt?: readonly (string | null)[];
  /** Axis titles, e.g. "Aantal praktijken". */
  asTitels?: { categorie?: string; waarde?: string };
  /** First category at the top (a ranking reads from place 1 down). */
  vanBovenNaarBeneden?: boolean;
  /** Bars touch (a histogram) or stand apart. */
  tussenruimte?: number;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `'Sheet name'!$C$2:$C$5`: always quoted, so a sheet name with spaces or digits needs no rule. */
export function sheetRange(blad: string, kolom: number, vanRij: number, totRij = vanRij): string {
  const sheet = `'${blad.replace(/'/g, "''")}'`;
  const c = `$${columnLetters(kolom)}$`;
  return vanRij === totRij ? `${sheet}!${c}${vanRij}` : `${sheet}!${c}${vanRij}:${c}${totRij}`;
}

/** The excerpt of text a chart title or axis title shows (a:rich with one run). */
function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="nl-NL" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size: number, bold = true): string {
  return `<c:title>${richText(text, size, bold)}<c:overlay val="0"/></c:title>`;
}

const fill = (rgb: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;

/** Text properties for axis labels: readable at print size. */
const LABEL_TEXT = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>';

/** The chart part (c:chartSpace): one clustered bar series whose cells are on `blad`. */
export function barChartXml(m: BarChartModel): string {
  const n = m.categorieen.waarden.length;
  const cats = m.categorieen.waarden.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  const vals = m.waarden.waarden.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const points = (m.kleurPerPunt ?? [])
    .map((rgb, i) => (rgb && rgb !== m.kleur ? `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(rgb)}</c:dPt>` : ''))
    .join('');
  const horizontal = m.richting === 'liggend';
  const reversed = m.vanBovenNaarBeneden === true;
  const format = escapeXml(m.waarden.formaat ?? 'General');
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(sheetRange(m.blad, m.reeksNaam.kolom, m.reeksNaam.rij))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(m.reeksNaam.tekst)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `${fill(m.kleur)}<c:invertIfNegative val="0"/>${points}` +
    // Each bar carries its value: a ranking or a count is read, not estimated from gridlines.
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${LABEL_TEXT}` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(sheetRange(m.blad, m.categorieen.kolom, m.categorieen.vanRij, m.categorieen.totRij))}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(sheetRange(m.blad, m.waarden.kolom, m.waarden.vanRij, m.waarden.totRij))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`;
  const catAx =
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${reversed ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${m.asTitels?.categorie ? title(m.asTitels.categorie, 900, false) : ''}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${LABEL_TEXT}` +
    `<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // With the categories reversed, the value axis crosses at the last category, which is then at
  // the bottom: the scale stays under the bars instead of moving to the top.
  const valAx =
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${m.asTitels?.waarde ? title(m.asTitels.waarde, 900, false) : ''}<c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${LABEL_TEXT}` +
    `<c:crossAx val="500001"/><c:crosses val="${reversed ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">` +
    `<c:lang val="nl-NL"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(m.titel, 1200)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="${m.tussenruimte ?? 60}"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** Where a chart sits: its top-left cell (0-based) and its size in centimetres. */
export interface ChartAnchor {
  kolom: number;
  rij: number;
  breedteCm: number;
  hoogteCm: number;
}

const EMU_PER_CM = 360000;

/** One anchored graphic frame that shows the chart related as `relId`. */
export function chartAnchorXml(anchor: ChartAnchor, relId: string, id: number, name: string): string {
  // A one-cell anchor keeps the chart's size in centimetres whatever the column widths are.
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${anchor.kolom}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.rij}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${Math.round(anchor.breedteCm * EMU_PER_CM)}" cy="${Math.round(anchor.hoogteCm * EMU_PER_CM)}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

export function drawingXml(anchors: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">${anchors.join('')}</xdr:wsDr>`;
}
