import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { updateSettings, type PercentileMethod } from '../../shared/settings';
import { Histogram } from '../components/Histogram';
import { NumberField } from '../components/NumberField';
import { ProblemList } from '../components/ProblemList';
import { FieldGrid } from '../components/FieldGrid';
import { Actions, StepLayout } from '../components/StepLayout';
import { formatNumber, useLanguage, useT } from '../i18n';
import type { MessageKey } from '../i18n/nl';
import type { BiColumnMap, BiField } from '../../import/bi-columns';
import type { BiResult } from '../../rules/bi/behandelindex';
import type { TableInfo } from '../services';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy, useSettings } from '../useSettings';
import type { StepProps } from './types';

const COLUMN_KEYS: BiField[] = ['agb', 'naam', 'jaar', 'bi', 'patienten', 'ondergrens'];
const METHODS: PercentileMethod[] = ['inc', 'exc', 'nearest'];

const useStyles = makeStyles({
  counts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function BiStep({ dispatch }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const settings = useSettings();
  const bi = settings.bi;
  const policy = usePolicy();
  const referenceOffset = policy.behandelIndex?.referentiejaarVerschil ?? 2;
  const action = useAction();
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  const [table, setTable] = useState('');
  const [columns, setColumns] = useState<BiColumnMap | null>(null);
  const [outcome, setOutcome] = useState<BiResult | null>(null);
  const [written, setWritten] = useState(false);

  const chooseTable = (name: string, list: TableInfo[]) => {
    setTable(name);
    const info = list.find((x) => x.name === name);
    setColumns(info ? services.bi.guessColumns(info.headers) : null);
    setOutcome(null);
  };

  const loadTables = () =>
    action.run(async () => {
      const list = await services.workbook.listTables();
      setTables(list);
      if (list.length === 0) return;
      // Keep the chosen table; else the one whose headers look most like BI data (AGB, jaar, BI).
      const fit = (info: TableInfo) => {
        const guessed = services.bi.guessColumns(info.headers);
        return (['agb', 'jaar', 'bi'] as const).filter((f) => guessed[f] !== undefined).length;
      };
      const keep = list.find((x) => x.name === table);
      chooseTable((keep ?? list.reduce((best, x) => (fit(x) > fit(best) ? x : best))).name, list);
    });

  // The table list is read once when the tab opens; "Vernieuwen" reads it again.
  useEffect(() => {
    void loadTables();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const headers = tables?.find((x) => x.name === table)?.headers ?? [];

  const compute = () =>
    action.run(async () => {
      if (!columns) return;
      const data = await services.workbook.readTable(table);
      const result = await services.bi.compute(table, [data.headers, ...data.rows], columns, bi, policy);
      setOutcome(result);
      // The Modules step links each practice's BehandelIndex condition to this result.
      dispatch({ type: 'biComputed', result });
      setWritten(false);
    });
  const write = () =>
    action.run(async () => {
      if (!outcome) return;
      await services.workbook.writeBiResult(outcome);
      setWritten(true);
    });

  const values = outcome?.praktijken.flatMap((p) => (p.bi === null ? [] : [p.bi])) ?? [];
  const threshold = outcome?.drempel ?? null;
  const thresholdText = threshold === null ? '–' : formatNumber(language, threshold);

  return (
    <StepLayout title={t('bi.title')} intro={t('bi.intro')} busy={action.busy} error={action.error}>
      {tables && tables.length === 0 && <Text>{t('bi.noTables')}</Text>}
      {tables && tables.length > 0 && (
        <>
          <Field label={t('bi.table')}>
            <Select value={table} onChange={(_, d) => chooseTable(d.value, tables)}>
              {tables.map((x) => (
                <option key={x.name} value={x.name}>
                  {`${x.name} (${x.sheet})`}
                </option>
              ))}
            </Select>
          </Field>
          {columns && (
            // Open when the BehandelIndex column was not recognised: without it nothing can be computed.
            <Accordion collapsible defaultOpenItems={columns.bi === undefined ? ['columns'] : []}>
              <AccordionItem value="columns">
                <AccordionHeader size="small">{t('bi.columnsFolded', { n: COLUMN_KEYS.filter((k) => columns[k] !== undefined).length, total: COLUMN_KEYS.length })}</AccordionHeader>
                <AccordionPanel>
            <FieldGrid>
              {COLUMN_KEYS.map((key) => (
                <Field key={key} label={t(`bi.column.${key}` as MessageKey)}>
                  <Select
                    value={columns[key] === undefined ? '' : String(columns[key])}
                    onChange={(_, d) => setColumns({ ...columns, [key]: d.value === '' ? undefined : Number(d.value) })}
                  >
                    <option value="">{t('bi.column.none')}</option>
                    {headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {h}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </FieldGrid>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
          <FieldGrid>
            <NumberField
              label={t('bi.contractYear')}
              hint={t('bi.referenceYear', { year: bi.contractjaar - referenceOffset })}
              value={bi.contractjaar}
              invalidMessage={t('common.notANumber')}
              validate={(n) => (Number.isInteger(n) && n >= 2000 && n <= 2100 ? null : t('bi.yearInvalid'))}
              onCommit={(n) => updateSettings({ bi: { ...bi, contractjaar: n } })}
            />
            <NumberField
              label={t('bi.decile')}
              value={bi.deciel}
              invalidMessage={t('common.notANumber')}
              validate={(n) => (Number.isInteger(n) && n >= 1 && n <= 9 ? null : t('bi.decileInvalid'))}
              onCommit={(n) => updateSettings({ bi: { ...bi, deciel: n } })}
            />
            <Field label={t('bi.method')}>
              <Select value={bi.methode} onChange={(_, d) => updateSettings({ bi: { ...bi, methode: d.value as PercentileMethod } })}>
                {METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`bi.method.${m}` as MessageKey)}
                  </option>
                ))}
              </Select>
            </Field>
          </FieldGrid>
          <Switch checked={bi.opOndergrens} label={t('bi.lowerBound')} onChange={(_, d) => updateSettings({ bi: { ...bi, opOndergrens: d.checked } })} />
        </>
      )}
      <Actions>
        {tables && tables.length > 0 && (
          <Button appearance="primary" onClick={compute} disabled={action.busy || !columns || columns.bi === undefined}>
            {t('bi.compute')}
          </Button>
        )}
        <Button onClick={loadTables} disabled={action.busy}>
          {t('bi.refresh')}
        </Button>
      </Actions>
      {outcome && (
        <div className={styles.result}>
          <Text weight="semibold" role="status">
            {t('bi.threshold', { deciel: outcome.deciel, jaar: outcome.referentiejaar, drempel: thresholdText, methode: outcome.methodeLabel })}
          </Text>
          <ul className={styles.counts}>
            <li>{t('bi.count.voldoet', { n: outcome.aantallen.voldoet })}</li>
            <li>{t('bi.count.voldoetNiet', { n: outcome.aantallen.voldoetNiet })}</li>
            <li>{t('bi.count.onbekend', { n: outcome.aantallen.onbekend })}</li>
          </ul>
          <Histogram
            values={values}
            threshold={threshold}
            label={t('bi.histogram', { n: values.length, drempel: thresholdText })}
            thresholdLabel={t('bi.histogramThreshold', { drempel: thresholdText })}
          />
          {outcome.problemen.length > 0 && <ProblemList problems={outcome.problemen} />}
          <Actions>
            <Button appearance="primary" onClick={write} disabled={action.busy}>
              {t('bi.write')}
            </Button>
          </Actions>
          {written && <Text role="status">{t('bi.written')}</Text>}
        </div>
      )}
    </StepLayout>
  );
}
