import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Problem } from '../../rules/outcome';
import { useT } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  warning: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorder2}` },
  where: { display: 'block', color: tokens.colorNeutralForeground2 },
});

const SHOWN = 200;

/** Every problem with file, place (row/cell/label) and field; never silently cut off. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const styles = useStyles();
  const t = useT();
  if (problems.length === 0) return <Text>{t('problems.none')}</Text>;
  return (
    <>
      <ul className={styles.list} aria-label={t('problems.title')}>
        {problems.slice(0, SHOWN).map((p, index) => (
          <li key={index} className={p.ernst === 'waarschuwing' ? `${styles.item} ${styles.warning}` : styles.item}>
            <Text size={200} className={styles.where}>
              {t('problems.where', { bestand: p.bestand, plaats: p.plaats, veld: p.veld })}
            </Text>
            <Text size={300}>{p.melding}</Text>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <Text>{t('problems.more', { n: problems.length - SHOWN })}</Text>}
    </>
  );
}
