import { DownloadList } from '../../components/DownloadList';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FileDrop } from '../../components/FileDrop';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import type { HandoutFile, ReadBackOutcome } from '../../services';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  start: { alignSelf: 'flex-start' },
});

export interface HandoutPanelProps {
  busy: boolean;
  /** Makes one personal workbook per assessor. */
  onMake: () => Promise<HandoutFile[]>;
  /** Reads returned files back and writes their scores into the score sheets. */
  onFiles: (files: File[]) => void;
  readBack: ReadBackOutcome | null;
}

interface Download {
  rol: string;
  fileName: string;
  url: string;
}

/**
 * Independent first scores: one personal workbook per assessor (only their rows, the applications
 * and the rubric), offered as downloads; the returned files are read back in the drop zone.
 */
export function HandoutPanel({ busy, onMake, onFiles, readBack }: HandoutPanelProps) {
  const styles = useStyles();
  const t = useT();
  const [downloads, setDownloads] = useState<Download[]>([]);

  // Blob URLs hold the workbooks in memory until the pane lets them go.
  useEffect(() => () => downloads.forEach((d) => URL.revokeObjectURL(d.url)), [downloads]);

  const make = async () => {
    const files = await onMake();
    setDownloads(files.map((f) => ({ rol: f.rol, fileName: f.fileName, url: URL.createObjectURL(f.blob) })));
  };

  return (
    <div className={styles.panel}>
      <Text size={200}>{t('handout.intro')}</Text>
      <Button className={styles.start} appearance="primary" onClick={() => void make()} disabled={busy}>
        {t('handout.make')}
      </Button>
      <DownloadList title={t('handout.downloads')} downloads={downloads} level="h4" label={(d) => t('handout.downloadFor', { rol: d.rol, file: d.fileName })} />
      <FileDrop accept=".xlsx" buttonLabel={t('handout.read')} hint={t('handout.readHint')} disabled={busy} onFiles={onFiles} />
      {readBack && (
        <>
          <Text role="status">{t('handout.readSummary', { files: readBack.files.length, scores: readBack.scores.length, problems: readBack.problems.length })}</Text>
          <ul className={styles.list} aria-label={t('handout.filesLabel')}>
            {readBack.files.map((f, i) => (
              <li key={`${f.bestand} ${i}`}>
                <Text size={200}>
                  {f.status === 'gebruikt' && f.rol
                    ? t('handout.fileLine', { file: f.bestand, rol: f.rol, n: f.scores })
                    : f.status === 'vervangen' && f.rol
                      ? t('handout.fileReplaced', { file: f.bestand, rol: f.rol })
                      : t('handout.fileUnknown', { file: f.bestand })}
                </Text>
              </li>
            ))}
          </ul>
          {readBack.replacements.length > 0 && (
            <>
              <h4 className={styles.subheading}>{t('handout.replacements')}</h4>
              <ul className={styles.list} aria-label={t('handout.replacements')}>
                {readBack.replacements.map((r, i) => (
                  <li key={i}>
                    <Text size={200}>
                      {t('handout.replaced', { rol: r.rol, door: r.door, vervangen: r.vervangen, n: r.wijzigingen.length })}
                      {r.wijzigingen.length > 0 && ` ${r.wijzigingen.join('; ')}`}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {readBack.problems.length > 0 && <ProblemList problems={readBack.problems} />}
        </>
      )}
    </div>
  );
}
