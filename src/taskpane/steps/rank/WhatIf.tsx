import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Rubric } from '../../../rules/policy';
import { itemLabel } from '../../../rules/scoring/rubric-2021';
import { FieldGrid } from '../../components/FieldGrid';
import { Actions } from '../../components/StepLayout';
import { useT } from '../../i18n';
import type { RankingConstraints } from '../../services';
import { parseOptional } from './parseOptional';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface WhatIfProps {
  rubric: Rubric;
  constraints: RankingConstraints;
  /** Who comes in and who drops out of the selection with these weights and limits. */
  compare: (weights: Record<string, number>, constraints: RankingConstraints) => { in: string[]; out: string[] };
}

/** Other weights or limits, tried without writing anything: the change in the selection. */
export function WhatIf({ rubric, constraints, compare }: WhatIfProps) {
  const styles = useStyles();
  const t = useT();
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [limits, setLimits] = useState<{ maxPerRegio: string; budget: string }>({ maxPerRegio: '', budget: '' });
  const [change, setChange] = useState<{ in: string[]; out: string[] } | null>(null);

  const run = () => {
    const w = Object.fromEntries(rubric.items.map((i) => [i.id, parseOptional(weights[i.id] ?? '') ?? i.gewicht]));
    setChange(
      compare(w, {
        maxPerRegio: parseOptional(limits.maxPerRegio) ?? constraints.maxPerRegio,
        budget: parseOptional(limits.budget) ?? constraints.budget,
      }),
    );
  };

  return (
    <div className={styles.form}>
      <FieldGrid>
        {rubric.items.map((item) => (
          <Field key={item.id} label={t('rank.weightOf', { id: itemLabel(rubric, item.id) })}>
            <Input type="number" min={0} step={0.1} placeholder={String(item.gewicht)} value={weights[item.id] ?? ''} onChange={(_, d) => setWeights({ ...weights, [item.id]: d.value })} />
          </Field>
        ))}
        <Field label={t('rank.maxPerRegio')}>
          <Input type="number" min={1} value={limits.maxPerRegio} onChange={(_, d) => setLimits({ ...limits, maxPerRegio: d.value })} />
        </Field>
        <Field label={t('rank.budget')}>
          <Input type="number" min={0} value={limits.budget} onChange={(_, d) => setLimits({ ...limits, budget: d.value })} />
        </Field>
      </FieldGrid>
      <Actions>
        <Button onClick={run}>{t('rank.whatIfRun')}</Button>
      </Actions>
      {change && (
        <Text role="status">
          {change.in.length === 0 && change.out.length === 0 ? t('rank.whatIfSame') : t('rank.whatIfChange', { in: change.in.join(', ') || '–', out: change.out.join(', ') || '–' })}
        </Text>
      )}
    </div>
  );
}
