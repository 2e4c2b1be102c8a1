import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', maxWidth: '480px' },
});

export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** Equal-width bins from min to max; the last bin includes max. */
export function binValues(values: readonly number[], binCount: number): Bin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const spread = (max - min) / binCount;
  // Values so close together that the bin width underflows all go in the first bin.
  const width = spread > 0 ? spread : 1;
  const bins: Bin[] = Array.from({ length: binCount }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }));
  for (const value of values) {
    const raw = Math.floor((value - min) / width);
    bins[Number.isFinite(raw) ? Math.min(binCount - 1, Math.max(0, raw)) : 0].count += 1;
  }
  return bins;
}

const W = 300;
const H = 130;
const PAD = { left: 6, right: 6, top: 16, bottom: 22 };

export interface HistogramProps {
  values: readonly number[];
  threshold: number | null;
  /** Accessible description, e.g. "Histogram van 9.800 BI-waarden; drempel 104,3". */
  label: string;
  thresholdLabel: string;
  bins?: number;
}

/** A small SVG histogram with the threshold marked; no chart library. */
/** About √n bins (5 at least, 24 at most): 11 practices get 5 bars, 9,800 get 24. */
export function binCountFor(n: number): number {
  return Math.min(24, Math.max(5, Math.ceil(Math.sqrt(n))));
}

export function Histogram({ values, threshold, label, thresholdLabel, bins }: HistogramProps) {
  const styles = useStyles();
  const data = binValues(values, bins ?? binCountFor(values.length));
  if (data.length === 0) return null;
  const min = data[0].from;
  const max = data[data.length - 1].to;
  const peak = Math.max(...data.map((b) => b.count));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (v: number) => PAD.left + ((v - min) / (max - min || 1)) * plotW;
  const barW = plotW / data.length;
  const thresholdX = threshold === null ? null : Math.max(PAD.left, Math.min(W - PAD.right, x(threshold)));
  return (
    <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {data.map((bin, i) => {
        const h = peak === 0 ? 0 : (bin.count / peak) * plotH;
        const below = threshold !== null && bin.to <= threshold;
        return (
          <rect
            key={i}
            x={PAD.left + i * barW + 0.5}
            y={PAD.top + plotH - h}
            width={Math.max(0, barW - 1)}
            height={h}
            fill={below ? tokens.colorPaletteGreenBackground3 : tokens.colorNeutralForeground3}
          />
        );
      })}
      <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke={tokens.colorNeutralStroke1} />
      <text x={PAD.left} y={H - 6} fontSize="10" fill={tokens.colorNeutralForeground1}>
        {Math.round(min)}
      </text>
      <text x={W - PAD.right} y={H - 6} fontSize="10" textAnchor="end" fill={tokens.colorNeutralForeground1}>
        {Math.round(max)}
      </text>
      {thresholdX !== null && (
        <g>
          <line x1={thresholdX} x2={thresholdX} y1={PAD.top - 4} y2={PAD.top + plotH} stroke={tokens.colorPaletteRedForeground1} strokeWidth={2} strokeDasharray="4 2" />
          <text
            x={thresholdX}
            y={10}
            fontSize="10"
            textAnchor={thresholdX > W / 2 ? 'end' : 'start'}
            fill={tokens.colorPaletteRedForeground1}
          >
            {thresholdLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
