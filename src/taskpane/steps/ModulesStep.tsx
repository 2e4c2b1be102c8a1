import { DownloadList } from '../components/DownloadList';
import { Button, Field, Input, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { updateSettings } from '../../shared/settings';
import type { Problem } from '../../rules/outcome';
import { outcomeCounts, outcomeLine, type ModuleKey } from '../../workbook/module-checklist';
import { FieldGrid } from '../components/FieldGrid';
import { FileDrop } from '../components/FileDrop';
import { ModulePracticeList } from '../components/ModulePracticeList';
import { NumberField } from '../components/NumberField';
import { ProblemList } from '../components/ProblemList';
import { Actions, StepLayout } from '../components/StepLayout';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { useSettings } from '../useSettings';
import type { StepProps } from './types';

const useStyles = makeStyles({
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

/** A pane lists a few practices at a time; the sheets hold them all. */
const SHOWN = 50;

interface Download {
  fileName: string;
  url: string;
}

/** `2025-03` within the contract year, or empty. */
function monthProblem(text: string, year: number): boolean {
  if (text.trim() === '') return false;
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  return !m || Number(m[1]) !== year || Number(m[2]) < 1 || Number(m[2]) > 12;
}

/**
 * The module checklists: reads the practices and therapists tables and the BehandelIndex sheet,
 * checks both modules per practice at the check date, shows every condition with its reason and
 * origin, and writes the checklist sheets and the letters.
 */
export function ModulesStep({ state, dispatch }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const settings = useSettings();
  const action = useAction();
  const [month, setMonth] = useState('');
  const [module, setModule] = useState<ModuleKey>('vv');
  const [search, setSearch] = useState('');
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [written, setWritten] = useState(false);
  const [downloads, setDownloads] = useState<Download[]>([]);
  const [noLetters, setNoLetters] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const [fileProblems, setFileProblems] = useState<Problem[]>([]);
  useEffect(() => () => downloads.forEach((d) => URL.revokeObjectURL(d.url)), [downloads]);

  const year = settings.bi.contractjaar;
  const [praktijken, therapeuten] = services.modules.tableNames();
  const badMonth = monthProblem(month, year);
  const outcome = state.modules;
  const list = outcome?.lists.find((l) => l.module === module) ?? outcome?.lists[0];

  const check = () =>
    action.run(async () => {
      const tables = await services.workbook.readTables(services.modules.tableNames());
      if (!tables[praktijken]) {
        setMissing(praktijken);
        return;
      }
      setMissing(null);
      const result = await services.modules.check(tables, { contractjaar: year, maand: month.trim() || undefined, taal: language, bi: state.bi, team: state.moduleTeam });
      dispatch({ type: 'modulesChecked', outcome: result });
      setWritten(false);
      setDownloads([]);
    });
  const loadTeam = (files: File[]) =>
    action.run(async () => {
      const [file] = files;
      if (!file) return;
      const loaded = await services.modules.loadTeamFile(file.name, await file.text());
      setFileProblems(loaded.problems);
      if (loaded.file) dispatch({ type: 'moduleTeamLoaded', file: loaded.file });
    });
  const write = () =>
    action.run(async () => {
      if (!outcome) return;
      await services.workbook.writeModuleChecklists(outcome.lists);
      setWritten(true);
    });
  const letters = () =>
    action.run(async () => {
      if (!list) return;
      const files = await services.letters.moduleLetters(list, services.now().slice(0, 10));
      setDownloads(files.map((f) => ({ fileName: f.fileName, url: URL.createObjectURL(f.blob) })));
      setNoLetters(files.length === 0);
    });

  const shown = useMemo(() => {
    if (!list) return { items: [], total: 0 };
    const q = search.trim().toLowerCase();
    const items = list.praktijken.filter((p) => (!onlyOpen || p.uitkomst !== 'voldoet') && (!q || p.agb.includes(q) || p.naam.toLowerCase().includes(q)));
    return { items: items.slice(0, SHOWN), total: items.length };
  }, [list, search, onlyOpen]);
  const counts = list ? outcomeCounts(list) : null;

  return (
    <StepLayout title={t('modules.title')} intro={t('modules.intro', { praktijken, therapeuten })} busy={action.busy} error={action.error}>
      <FieldGrid>
        <NumberField
          label={t('modules.contractYear')}
          value={year}
          invalidMessage={t('common.notANumber')}
          validate={(n) => (Number.isInteger(n) && n >= 2000 && n <= 2100 ? null : t('bi.yearInvalid'))}
          onCommit={(n) => updateSettings({ bi: { ...settings.bi, contractjaar: n } })}
        />
        <Field
          label={t('modules.month')}
          hint={t('modules.monthHint')}
          validationState={badMonth ? 'error' : 'none'}
          validationMessage={badMonth ? t('modules.monthInvalid', { voorbeeld: `${year}-03` }) : undefined}
        >
          <Input value={month} placeholder={`${year}-01`} onChange={(_, d) => setMonth(d.value)} />
        </Field>
      </FieldGrid>
      <FileDrop accept=".json" multiple={false} buttonLabel={t('modules.teamLoad')} hint={t('modules.teamHint')} onFiles={loadTeam} />
      <Text role="status">{state.moduleTeam ? t('modules.teamLoaded', { bestand: state.moduleTeam.bestand }) : t('modules.teamDefault')}</Text>
      {fileProblems.length > 0 && <ProblemList problems={fileProblems} />}
      <Actions>
        <Button appearance="primary" onClick={check} disabled={action.busy || badMonth}>
          {t('modules.check')}
        </Button>
      </Actions>
      {missing && <Text role="status">{t('modules.noPractices', { tabel: missing })}</Text>}
      {outcome && list && counts && (
        <div className={styles.result}>
          <Text role="status">{outcome.bi?.drempel ? t('modules.biThreshold', { drempel: outcome.bi.drempel, jaar: outcome.bi.referentiejaar ?? '–' }) : t('modules.noBi')}</Text>
          <Field label={t('modules.module')}>
            <Select value={list.module} onChange={(_, d) => setModule(d.value as ModuleKey)}>
              {outcome.lists.map((l) => (
                <option key={l.module} value={l.module}>
                  {l.naam}
                </option>
              ))}
            </Select>
          </Field>
          {list.module === 'vv' ? (
            <Text weight="semibold">{t('modules.count', { voldoet: counts.voldoet ?? 0, voldoetNiet: counts['voldoet niet'] ?? 0, onbekend: counts.onbekend ?? 0 })}</Text>
          ) : (
            <Text weight="semibold">{t('modules.groupCount', { groepen: outcomeLine(list) })}</Text>
          )}
          {list.opmerking && <Text className={styles.note}>{list.opmerking}</Text>}
          <Field label={t('modules.search')}>
            <Input value={search} onChange={(_, d) => setSearch(d.value)} />
          </Field>
          <Switch checked={onlyOpen} label={t('modules.onlyOpen')} onChange={(_, d) => setOnlyOpen(d.checked)} />
          <Text size={200}>{t('modules.shown', { n: shown.items.length, total: shown.total })}</Text>
          <ModulePracticeList list={list} practices={shown.items} biRows={outcome.biRows} />
          {outcome.problems.length > 0 && <ProblemList problems={outcome.problems} />}
          <Actions>
            <Button appearance="primary" onClick={write} disabled={action.busy}>
              {t('modules.write')}
            </Button>
            <Button onClick={letters} disabled={action.busy}>
              {t('modules.letters')}
            </Button>
          </Actions>
          {written && <Text role="status">{t('modules.written')}</Text>}
          {noLetters && <Text role="status">{t('modules.noLetters', { module: list.naam })}</Text>}
          <DownloadList title={t('modules.downloads')} downloads={downloads} />
        </div>
      )}
    </StepLayout>
  );
}
