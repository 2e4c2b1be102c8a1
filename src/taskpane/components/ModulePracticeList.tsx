import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { renderHerkomst } from "../../rules/findings";
import { CHECK_STATUSES, type CheckStatus } from "../../rules/outcome";
import type {
  ModuleChecklist,
  ModulePractice,
} from "../../workbook/module-checklist";
import { useLanguage, useT } from "../i18n";
import type { LinkedBiRow } from "../services";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  condition: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    overflowWrap: "anywhere",
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  header: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** What needs a look comes first: not met, then unknown, then met. */
const ORDER: Record<CheckStatus, number> = {
  "voldoet niet": 0,
  onbekend: 1,
  voldoet: 2,
};
const isStatus = (s: string): s is CheckStatus =>
  (CHECK_STATUSES as readonly string[]).includes(s);

export interface ModulePracticeListProps {
  list: ModuleChecklist;
  practices: readonly ModulePractice[];
  /** The BehandelIndex sheet's row per AGB code, for the BI condition. */
  biRows: Readonly<Record<string, LinkedBiRow>>;
}

/** The practice's overall outcome: a status badge, or (Verdiepen & Specialiseren) the patient groups as text. */
function Outcome({ uitkomst }: { uitkomst: string }) {
  return isStatus(uitkomst) ? (
    <StatusBadge status={uitkomst} />
  ) : (
    <Badge appearance="outline" color="informative" shape="rounded">
      {uitkomst}
    </Badge>
  );
}

/**
 * The practices of one module, each folded: AGB code, name and outcome; opened, every condition
 * with its outcome, reason, evidence and origin, the BehandelIndex sheet's row next to the BI
 * condition and the source's remarks on it, and the signals for the analyst.
 */
export function ModulePracticeList({
  list,
  practices,
  biRows,
}: ModulePracticeListProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  return (
    <section aria-label={t("modules.practicesOf", { module: list.naam })}>
      <Accordion
        collapsible
        multiple
        defaultOpenItems={practices[0] ? [practices[0].agb] : []}
      >
        {practices.map((p) => {
          const conditions = list.voorwaarden
            .flatMap((c) =>
              p.cellen[c.id] ? [{ c, cell: p.cellen[c.id]! }] : [],
            )
            .sort((a, b) => ORDER[a.cell.status] - ORDER[b.cell.status]);
          return (
            <AccordionItem key={p.agb} value={p.agb}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  <span>{`${p.agb} · ${p.naam}`}</span>
                  <Outcome uitkomst={p.uitkomst} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul
                  className={styles.list}
                  aria-label={t("modules.conditionsOf", {
                    praktijk: p.naam || p.agb,
                  })}
                >
                  {conditions.map(({ c, cell }) => {
                    const bi = c.behandelIndex ? biRows[p.agb] : undefined;
                    return (
                      <li key={c.id} className={styles.condition}>
                        <span className={styles.head}>
                          <Text size={200} className={styles.name}>
                            {c.kop}
                          </Text>
                          <StatusBadge status={cell.status} />
                        </span>
                        <Text size={200}>{cell.reden}</Text>
                        {cell.bewijs && (
                          <Text size={200} className={styles.muted}>
                            {t("modules.evidence", { bewijs: cell.bewijs })}
                          </Text>
                        )}
                        <Text size={200} className={styles.muted}>
                          {t("modules.origin", {
                            herkomst: renderHerkomst(cell.herkomst, language),
                          })}
                        </Text>
                        {c.behandelIndex && (
                          <Text size={200} className={styles.muted}>
                            {bi
                              ? t("modules.biLink", {
                                  rij: bi.rij,
                                  bi: bi.bi,
                                  deciel: bi.deciel,
                                  uitkomst: bi.uitkomst,
                                })
                              : t("modules.biLinkMissing", { agb: p.agb })}
                          </Text>
                        )}
                        {(c.opmerkingen ?? []).map((o) => (
                          <Text key={o} size={200} className={styles.note}>
                            {t("modules.remark", { tekst: o })}
                          </Text>
                        ))}
                      </li>
                    );
                  })}
                </ul>
                {(p.signalen ?? []).length > 0 && (
                  <Text size={200} className={styles.muted}>
                    {t("modules.signals", {
                      signalen: (p.signalen ?? []).join("; "),
                    })}
                  </Text>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
