import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '1px', backgroundColor: tokens.colorNeutralStroke2, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  item: { backgroundColor: tokens.colorNeutralBackground1 },
  header: { minWidth: 0 },
  button: { minHeight: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  // Full width whatever the row's text: totals line up at the right edge, row under row.
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: '1 1 0%', width: '100%', textAlign: 'start' },
  top: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', minWidth: 0 },
  lead: { fontWeight: tokens.fontWeightSemibold, minWidth: '1.5em', fontVariantNumeric: 'tabular-nums' },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  second: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  // The chip keeps its size; the line of reason gives way.
  chip: { flexShrink: 0, display: 'inline-flex', whiteSpace: 'nowrap' },
  // One line of reason; the whole text is in the row's details and on the sheet.
  line: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Fluent lets the end icon take the free space; here the summary takes it, the icon keeps its own width.
  icon: { flexGrow: 0, flexBasis: 'auto' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
});

export interface ResultRowProps {
  id: string;
  /** Place in the ranking, e.g. "6.". */
  lead?: ReactNode;
  title: ReactNode;
  /** A number that belongs on the row, e.g. the total. */
  value?: ReactNode;
  chip: ReactNode;
  /** One line of reason: cut off with an ellipsis, the details have all of it. */
  line?: string;
  children?: ReactNode;
}

/** Rows of results, one per application, each opening its details (an accordion: keyboard and screen reader ready). */
export function ResultRows({ label, children, open }: { label: string; children: ReactNode; open?: string[] }) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible className={styles.list} aria-label={label} defaultOpenItems={open}>
      {children}
    </Accordion>
  );
}

export function ResultRow({ id, lead, title, value, chip, line, children }: ResultRowProps) {
  const styles = useStyles();
  return (
    <AccordionItem value={id} className={styles.item}>
      <AccordionHeader className={styles.header} button={{ className: styles.button }} expandIcon={{ className: styles.icon }} size="small" expandIconPosition="end">
        <span className={styles.summary}>
          <span className={styles.top}>
            {lead !== undefined && <span className={styles.lead}>{lead}</span>}
            <span className={styles.title}>{title}</span>
            {value !== undefined && <span className={styles.value}>{value}</span>}
          </span>
          <span className={styles.second}>
            <span className={styles.chip}>{chip}</span>
            {line && (
              <span className={styles.line} title={line}>
                {line}
              </span>
            )}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>{children}</div>
      </AccordionPanel>
    </AccordionItem>
  );
}
