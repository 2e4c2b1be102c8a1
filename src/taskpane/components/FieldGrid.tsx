import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    // One column in a 320 px pane (labels that wrap would misalign inputs side by side), two or
    // more when the pane is wider.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    gap: tokens.spacingHorizontalS,
    // Each field keeps its own height; stretched fields would grow their input boxes.
    alignItems: 'start',
    '& > *': { minWidth: 0 },
    '& .fui-Input, & .fui-Select': { width: '100%', minWidth: 0 },
    '& input, & select': { minWidth: 0, width: '100%' },
  },
});

/** Number fields side by side when there is room, stacked in a narrow pane. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid}>{children}</div>;
}
