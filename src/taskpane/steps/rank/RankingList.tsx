import { Badge, Text } from '@fluentui/react-components';
import { ResultRow, ResultRows } from '../../components/ResultRow';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber, useLanguage, useT } from '../../i18n';
import { consensusUsed, disagreementItems } from '../../model/consensusUsed';
import type { RankingOutcome } from '../../services';

export interface RankingListProps {
  ranking: RankingOutcome;
  titles: ReadonlyMap<string, string>;
  /** Chance of selection per application under resampling, once computed. */
  stability?: Record<string, number> | null;
}

/** Items where the panel's consensus score counts instead of the aggregate, e.g. "SMART-doelen en nulmeting 5 (Bea Beleid)". */
export function agreedItems(ranking: RankingOutcome, id: string, language: 'nl' | 'en'): string[] {
  return consensusUsed(ranking, id).map((c) => `${c.item} ${formatNumber(language, c.score)}${c.wie ? ` (${c.wie})` : ''}`);
}

/** The ranked applications, one row each: place, title, total, selected or not, one line of what matters. */
export function RankingList({ ranking, titles, stability }: RankingListProps) {
  const t = useT();
  const language = useLanguage();
  const shifts = new Map((ranking.normalisatie ?? []).map((s) => [s.id, s.verschuiving]));
  return (
    <ResultRows label={t('rank.listLabel')}>
      {ranking.ranglijst.map((row) => {
        const shift = shifts.get(row.id);
        const items = disagreementItems(ranking, row.id);
        const agreed = agreedItems(ranking, row.id, language);
        const chance = stability ? formatNumber(language, 100 * (stability[row.id] ?? 0), 0) : null;
        const facts = [
          row.kandidaat.regio ?? t('screen.noRegion'),
          row.beslistDoor && t('rank.factTie', { tiebreak: row.beslistDoor.label }),
          agreed.length > 0 && t('rank.factConsensus'),
          items.length > 0 && t('rank.factDisagreement', { n: items.length }),
          shift !== undefined && shift !== 0 && t('rank.factMoved', { n: shift }),
          chance !== null && t('rank.factChance', { pct: chance }),
        ].filter((f): f is string => typeof f === 'string');
        return (
          <ResultRow
            key={row.id}
            id={row.id}
            lead={t('rank.position', { positie: row.positie })}
            title={titles.get(row.id) ?? row.id}
            value={formatNumber(language, row.totaal)}
            chip={
              <Badge appearance="tint" shape="rounded" color={row.geselecteerd ? 'success' : 'informative'}>
                {row.geselecteerd ? t('rank.selected') : t('rank.notSelected')}
              </Badge>
            }
            line={facts.join(' · ')}
          >
            <Text size={200}>{`${row.id} · ${row.kandidaat.regio ?? t('screen.noRegion')}`}</Text>
            <Text size={200}>{row.reden}</Text>
            {row.beslistDoor && <Text size={200}>{t('rank.tiebreak', { tiebreak: row.beslistDoor.label })}</Text>}
            {shift !== undefined && shift !== 0 && <Text size={200}>{t('rank.moved', { n: shift })}</Text>}
            {items.length > 0 && <Text size={200}>{t('rank.disagreement', { items: items.join(', ') })}</Text>}
            {agreed.length > 0 && <Text size={200}>{t('rank.consensusUsed', { items: agreed.join(', ') })}</Text>}
            {chance !== null && <Text size={200}>{t('rank.chance', { pct: chance })}</Text>}
          </ResultRow>
        );
      })}
    </ResultRows>
  );
}

/** What has no place: incomplete scoring or screening, and what screening excluded; one row each. */
export function NotRankedList({ ranking, titles }: Omit<RankingListProps, 'stability'>) {
  const t = useT();
  const rows = [
    ...ranking.onvolledig.map((c) => ({ id: c.aanvraag, chip: <Badge appearance="tint" shape="rounded" color="warning">{t('rank.incomplete')}</Badge>, reasons: [c.melding], line: undefined })),
    ...ranking.uitgesloten.map((u) => ({
      id: u.id,
      chip: u.status === 'niet getoetst' ? <Badge appearance="tint" shape="rounded" color="informative">{t('rank.notScreened')}</Badge> : <StatusBadge status={u.status} />,
      reasons: u.redenen,
      line: u.punten.length > 0 ? t('screen.line', { checks: u.punten.map((p) => p.id).join(', '), reden: u.punten[0].reden }) : undefined,
    })),
  ];
  if (rows.length === 0) return null;
  return (
    <ResultRows label={t('rank.notRanked')}>
      {rows.map((r) => (
        <ResultRow key={r.id} id={r.id} title={titles.get(r.id) ?? r.id} chip={r.chip} line={r.line ?? r.reasons[0] ?? '–'}>
          <Text size={200}>{r.id}</Text>
          {r.reasons.map((reason, i) => (
            <Text key={i} size={200}>
              {reason}
            </Text>
          ))}
        </ResultRow>
      ))}
    </ResultRows>
  );
}
