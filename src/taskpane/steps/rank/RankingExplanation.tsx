import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Rubric } from '../../../rules/policy';
import { resolveTieBreaks } from '../../../rules/ranking/tiebreaks';
import { itemLabel } from '../../../rules/scoring/rubric-2021';
import { formatNumber, useLanguage, useT } from '../../i18n';
import type { RankingOutcome } from '../../services';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The tie-break chain in the rules' own Dutch labels ("meer klanten van Zilveren Kruis"). */
export function tieBreakLabels(ranking: RankingOutcome): string[] {
  const groepen = Object.fromEntries(ranking.rubric.items.map((i) => [i.id, i.groep]));
  return resolveTieBreaks({ gewichten: ranking.instellingen.gewichten, groepen, tiebreaks: ranking.instellingen.tiebreaks, seed: ranking.instellingen.seed }).map((tb) => tb.label);
}

/** How the ranking came about: weights, tie-break chain, ties and sensitivity to the weights. */
export function RankingExplanation({ ranking, rubric }: { ranking: RankingOutcome; rubric: Rubric }) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const changed = ranking.gevoeligheid.filter((g) => g.verandert);
  const weights = Object.entries(ranking.instellingen.gewichten)
    .map(([id, w]) => `${itemLabel(rubric, id)} ${formatNumber(language, w)}`)
    .join(', ');
  return (
    <div className={styles.panel}>
      <Text size={200}>{t('rank.weights', { weights })}</Text>
      <Text size={200}>{t('rank.chain', { chain: tieBreakLabels(ranking).join(' → ') })}</Text>
      {ranking.gelijkspelen.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t('rank.tiebreaks')}</h4>
          <ul className={styles.plain}>
            {ranking.gelijkspelen.map((tie, i) => (
              <li key={i}>
                <Text size={200}>{t(tie.criterium === 'loting' ? 'rank.tieLottery' : 'rank.tieBy', { boven: tie.boven, onder: tie.onder, label: tie.label, seed: ranking.instellingen.seed })}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4 className={styles.subheading}>{t('rank.sensitivity')}</h4>
      <Text size={200}>
        {changed.length === 0
          ? t('rank.sensitivityStable')
          : changed.map((g) => t('rank.sensitivityChange', { item: g.item, factor: formatNumber(language, g.factor), in: g.erbij.join(', ') || '–', out: g.eraf.join(', ') || '–' })).join(' ')}
      </Text>
    </div>
  );
}
