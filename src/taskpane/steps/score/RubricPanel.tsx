import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Rubric } from '../../../rules/policy';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  scale: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  level: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  levelNumber: { fontWeight: tokens.fontWeightSemibold, minWidth: '1em' },
  levelText: { margin: 0, overflowWrap: 'anywhere' },
});

/** The rubric's items with their weights and the scale's levels, folded (an accordion item). */
export function RubricPanel({ rubric }: { rubric: Rubric }) {
  const styles = useStyles();
  const t = useT();
  return (
    <AccordionItem value="rubric">
      <AccordionHeader size="small">{t('score.rubricFolded', { n: rubric.items.length, min: rubric.schaal.min, max: rubric.schaal.max })}</AccordionHeader>
      <AccordionPanel>
        <ul className={styles.items} aria-label={t('score.itemsLabel')}>
          {rubric.items.map((item) => (
            <li key={item.id}>
              <Text size={200}>{t('score.item', { id: item.id, tekst: item.tekst, gewicht: item.gewicht })}</Text>
            </li>
          ))}
        </ul>
        {Object.keys(rubric.schaal.niveaus).length > 0 && (
          <div>
            <h3 className={styles.subheading}>{t('score.scale', { min: rubric.schaal.min, max: rubric.schaal.max })}</h3>
            <dl className={styles.scale}>
              {Object.entries(rubric.schaal.niveaus).map(([level, text]) => (
                <div key={level} className={styles.level}>
                  <dt className={styles.levelNumber}>{level}</dt>
                  <dd className={styles.levelText}>
                    <Text size={200}>{text}</Text>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
