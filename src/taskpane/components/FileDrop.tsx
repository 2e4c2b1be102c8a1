import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState, type DragEvent } from 'react';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    // Visually hidden but reachable for assistive tech and for tests' setInputFiles.
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface FileDropProps {
  /** e.g. ".json,.csv,.xlsx,.docx" */
  accept: string;
  multiple?: boolean;
  buttonLabel: string;
  hint: string;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

/** A file picker button plus a drop zone around it; the button is the keyboard path. */
export function FileDrop({ accept, multiple = true, buttonLabel, hint, disabled, onFiles }: FileDropProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.active)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className={styles.input}>
        {buttonLabel}
      </label>
      <input
        id={inputId}
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button appearance="primary" disabled={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
        {buttonLabel}
      </Button>
      <Text id={hintId} size={200}>
        {hint}
      </Text>
    </div>
  );
}
