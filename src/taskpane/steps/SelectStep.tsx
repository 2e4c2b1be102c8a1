import { DownloadList } from '../components/DownloadList';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Actions, StepLayout } from '../components/StepLayout';
import { useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy } from '../useSettings';
import { appTitle } from './ScreenStep';
import type { StepProps } from './types';

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Download {
  fileName: string;
  url: string;
}

export function SelectStep({ state, dispatch }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const policy = usePolicy();
  const action = useAction();
  const [downloads, setDownloads] = useState<Download[]>([]);

  // Blob URLs hold the letters in memory until the pane lets them go.
  useEffect(() => () => downloads.forEach((d) => URL.revokeObjectURL(d.url)), [downloads]);

  const ranking = state.ranking;
  if (!ranking) {
    return (
      <StepLayout title={t('select.title')} intro={t('select.intro', { max: policy.maxSelecties })}>
        <Text>{t('select.rankFirst')}</Text>
      </StepLayout>
    );
  }
  const chosen = ranking.ranglijst.filter((r) => r.geselecteerd);
  const titles = new Map(state.applications.map((a) => [a.id, appTitle(a, a.id)]));

  const write = () =>
    action.run(async () => {
      await services.workbook.writeSelection({
        outcome: ranking,
        policy,
        applications: state.applications,
        eligibility: state.eligibility,
        scores: state.scores,
        tijdstip: services.now(),
      });
      dispatch({ type: 'selectionWritten' });
    });
  const makeLetters = () =>
    action.run(async () => {
      const files = await services.letters.letters(ranking, policy, state.applications, services.now().slice(0, 10));
      setDownloads(files.map((f) => ({ fileName: f.fileName, url: URL.createObjectURL(f.blob) })));
    });

  return (
    <StepLayout title={t('select.title')} intro={t('select.intro', { max: policy.maxSelecties })} busy={action.busy} error={action.error}>
      <Text>{t('select.chosen', { n: chosen.length })}</Text>
      <ol className={styles.list}>
        {chosen.map((row) => (
          <li key={row.id}>
            <Text>{`${titles.get(row.id) ?? row.id} (${row.id})`}</Text>
          </li>
        ))}
      </ol>
      <Actions>
        <Button appearance="primary" onClick={write} disabled={action.busy}>
          {t('select.write')}
        </Button>
        <Button onClick={makeLetters} disabled={action.busy}>
          {t('select.letters')}
        </Button>
      </Actions>
      {state.selectionWritten && <Text role="status">{t('select.written')}</Text>}
      <DownloadList title={t('select.downloads')} downloads={downloads} />
    </StepLayout>
  );
}
