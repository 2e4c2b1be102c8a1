import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { StepTab } from './StepTabs';

/*
 * The tab bar's labels, in the place and at the size of Fluent's small tabs, for the moment
 * until StepTabs' chunk is there (App asks for it right after the first paint). Plain text
 * that takes no input, so nothing a user focuses disappears when the real tabs replace it,
 * and the step below does not move. The selected step carries the tab's id, which the
 * panel's aria-labelledby names.
 */

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center' },
  tab: {
    // Fluent's small horizontal tab: 6 px around, 2 px more either side of the text.
    padding: `${tokens.spacingVerticalSNudge} calc(${tokens.spacingHorizontalSNudge} + ${tokens.spacingHorizontalXXS})`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    // As a Fluent tab, every label is as wide as its bold form, so no tab moves when one is selected.
    display: 'inline-flex',
    flexDirection: 'column',
    alignItems: 'center',
    '::after': { content: 'attr(data-label)', fontWeight: tokens.fontWeightSemibold, height: 0, visibility: 'hidden', overflow: 'hidden' },
  },
  selected: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export function StepTabsPlaceholder({ tabs, selected, className }: { tabs: readonly StepTab[]; selected: string; className?: string }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.bar, className)}>
      {tabs.map(({ id, label }) => (
        <span key={id} data-label={label} id={id === selected ? `tab-${id}` : undefined} className={mergeClasses(styles.tab, id === selected && styles.selected)}>
          {label}
        </span>
      ))}
    </div>
  );
}
