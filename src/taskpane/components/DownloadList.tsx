import { Link, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface Download {
  fileName: string;
  /** A Blob URL the pane made for the file. */
  url: string;
}

export interface DownloadListProps<D extends Download> {
  title: string;
  downloads: readonly D[];
  /** The link's text; the file name by default. */
  label?: (d: D) => string;
  /** The heading's level: `h3` under a step, `h4` inside a panel. */
  level?: 'h3' | 'h4';
}

/** Files the pane made (letters, personal scoring files) as download links under a heading; nothing when there are none. */
export function DownloadList<D extends Download>({ title, downloads, label, level = 'h3' }: DownloadListProps<D>) {
  const styles = useStyles();
  if (downloads.length === 0) return null;
  const Heading = level;
  return (
    <>
      <Heading className={styles.subheading}>{title}</Heading>
      <ul className={styles.list} aria-label={title}>
        {downloads.map((d) => (
          <li key={d.fileName}>
            <Link href={d.url} download={d.fileName}>
              {label ? label(d) : d.fileName}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
