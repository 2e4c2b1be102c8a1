import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../../rules/outcome';
import { Progress } from '../components/Feedback';
import { FileDrop } from '../components/FileDrop';
import { ProblemList } from '../components/ProblemList';
import { Actions, NextButton, StepLayout } from '../components/StepLayout';
import { useT } from '../i18n';
import { paneReducer } from '../model/state';
import type { ImportFile } from '../services';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import type { StepProps } from './types';

export const IMPORT_EXTENSIONS = ['.json', '.csv', '.xlsx', '.docx'] as const;

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  diffList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function ImportStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const { importer, workbook } = useServices();
  const action = useAction();
  const [progress, setProgress] = useState<{ done: number; total: number; phase: 'lezen' | 'verwerken' | 'klaar' } | null>(null);

  const onFiles = (files: File[]) =>
    action.run(async () => {
      const problems: Problem[] = [];
      const read: ImportFile[] = [];
      for (const [index, file] of files.entries()) {
        setProgress({ done: index, total: files.length, phase: 'lezen' });
        if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
          problems.push({ bestand: file.name, plaats: t('import.wholeFile'), veld: '-', melding: t('import.unsupported', { types: IMPORT_EXTENSIONS.join(', ') }), ernst: 'fout' });
          continue;
        }
        read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      }
      setProgress({ done: files.length, total: files.length, phase: 'verwerken' });
      try {
        const outcome = await importer.importFiles(read);
        const merge = await importer.merge(state.applications, outcome.applications);
        const importedAction = { type: 'imported' as const, files: files.map((f) => f.name), merge, problems: [...problems, ...outcome.problems] };
        const next = paneReducer(state, importedAction);
        await workbook.writeApplications(next.applications, next.problems);
        dispatch(importedAction);
        setProgress({ done: files.length, total: files.length, phase: 'klaar' });
      } catch (e) {
        // The error message replaces the bar; nothing was taken over into the pane.
        setProgress(null);
        throw e;
      }
    });

  const changes = state.lastImport;
  return (
    <StepLayout title={t('import.title')} intro={t('import.intro')} busy={action.busy} error={action.error}>
      <FileDrop accept={IMPORT_EXTENSIONS.join(',')} buttonLabel={t('import.choose')} hint={t('import.hint')} disabled={action.busy} onFiles={onFiles} />
      {progress && (
        // While the files are parsed there is no per-file progress: the bar runs without a value.
        <Progress
          label={progress.phase === 'verwerken' ? t('import.parsing', { total: progress.total }) : t('import.progress', { done: progress.done, total: progress.total })}
          value={progress.phase === 'verwerken' ? undefined : progress.total === 0 ? 1 : progress.done / progress.total}
        />
      )}
      {state.files.length > 0 && (
        <div className={styles.block} role="status">
          <Text weight="semibold">{t('import.summary', { apps: state.applications.length, files: state.files.length, problems: state.problems.length })}</Text>
        </div>
      )}
      {changes && (
        <div className={styles.block}>
          <h3 className={styles.subheading}>{t('import.diffTitle')}</h3>
          <Text>{t('import.diffSummary', { added: changes.added.length, changed: changes.updated.length, fields: changes.changes.length })}</Text>
          {changes.changes.length > 0 && (
            <ul className={styles.diffList}>
              {changes.changes.map((c, i) => (
                <li key={i}>
                  <Text size={200}>{c.melding}</Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.files.length > 0 && (
        <div className={styles.block}>
          <h3 className={styles.subheading}>{t('problems.title')}</h3>
          <ProblemList problems={state.problems} />
        </div>
      )}
      {state.applications.length > 0 && (
        <Actions>
          <NextButton label={t('import.next')} onClick={() => goTo('toetsen')} />
        </Actions>
      )}
    </StepLayout>
  );
}
