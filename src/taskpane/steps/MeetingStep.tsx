import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Aanwezige } from "../../rules/scoring/meeting";
import { meetingFromProcedure } from "../../rules/scoring/meeting";
import { FieldGrid } from "../components/FieldGrid";
import { ChoiceField, RequiredTextField } from "../components/FormFields";
import { ProblemList } from "../components/ProblemList";
import { Actions, NextButton, StepLayout } from "../components/StepLayout";
import { formatNumber, useLanguage, useT } from "../i18n";
import { rankingInput } from "../model/rankingInput";
import type { MeetingView, TypedScores } from "../services";
import { useServices } from "../servicesContext";
import { useAction } from "../useAction";
import { usePolicy, useRubric, useSettings } from "../useSettings";
import { MeetingItemPanel } from "./meeting/MeetingItemPanel";
import { appTitle } from "./ScreenStep";
import type { StepProps } from "./types";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
  },
  header: { minWidth: 0, overflowWrap: "anywhere", textAlign: "start" },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Overleg: the items where the assessors disagree, largest spread first, each assessor's score and
 * comment side by side, what counts now, and what a consensus score would change in the top six;
 * a consensus score is saved with its written motivation and who was present.
 */
export function MeetingStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const policy = usePolicy();
  const rubric = useRubric();
  const settings = useSettings();
  const action = useAction();
  const [present, setPresent] = useState<string[]>([]);
  const [wie, setWie] = useState("");
  const [rol, setRol] = useState(policy.rollen[0] ?? "");
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const titles = new Map(
    state.applications.map((a) => [a.id, appTitle(a, a.id)]),
  );
  const n = policy.maxSelecties;
  const meeting = state.meeting;
  const panel =
    meeting?.panel ?? policy.rollen.map((r) => ({ beoordelaar: r, rol: r }));
  const label = (p: { beoordelaar: string; rol: string }) =>
    p.beoordelaar && p.beoordelaar !== p.rol
      ? `${p.beoordelaar} (${p.rol})`
      : p.rol;

  /** Ranks with the scores read in the same workbook batch, and builds the meeting view from that ranking. */
  const meet =
    (holder: { value?: { view: MeetingView; read: TypedScores } }) =>
    (read: TypedScores): MeetingView => {
      const belangen = read.declarations?.declarations ?? state.declarations;
      const ranking = services.ranking.rank(
        rankingInput(state, policy, rubric, settings, services.now(), {
          scores: read.scores,
          consensus: read.consensus ?? [],
          belangen,
        }),
      );
      const items = meetingFromProcedure(ranking, ranking.scores, belangen);
      const view = {
        items,
        panel:
          items[0]?.scores.map((s) => ({
            beoordelaar: s.beoordelaar,
            rol: s.rol,
          })) ?? [],
      };
      holder.value = { view, read };
      return view;
    };

  const finish = (holder: {
    value?: { view: MeetingView; read: TypedScores };
  }) => {
    if (!holder.value) throw new Error(t("meeting.didNotRun"));
    const { view, read } = holder.value;
    dispatch({
      type: "meetingPrepared",
      meeting: view,
      scores: read.scores,
      consensus: read.consensus ?? [],
    });
    if (read.declarations)
      dispatch({ type: "declarationsRead", read: read.declarations });
  };

  const prepare = () =>
    action.run(async () => {
      setSaved(null);
      const holder: { value?: { view: MeetingView; read: TypedScores } } = {};
      await services.workbook.prepareMeeting(
        meet(holder),
        state.applications,
        rubric,
        n,
      );
      finish(holder);
    });

  const aanwezig = (): Aanwezige[] =>
    panel
      .filter((p) => present.includes(label(p)))
      .map((p) => ({ wie: p.beoordelaar || p.rol, rol: p.rol }));

  const save = (
    aanvraag: string,
    item: string,
    score: number,
    motivatie: string,
  ) => {
    setTried(true);
    if (!wie.trim() || present.length === 0) return;
    void action.run(async () => {
      setSaved(null);
      const holder: { value?: { view: MeetingView; read: TypedScores } } = {};
      await services.workbook.saveMeetingDecision(
        {
          aanvraag,
          item,
          score,
          motivatie,
          wie: wie.trim(),
          rol,
          tijdstip: services.now(),
          aanwezig: aanwezig(),
        },
        rubric,
        meet(holder),
        state.applications,
        n,
      );
      finish(holder);
      setSaved(
        t("meeting.saved", {
          score: formatNumber(language, score),
          item,
          app: aanvraag,
        }),
      );
    });
  };

  return (
    <StepLayout
      title={t("meeting.title")}
      intro={t("meeting.intro", { drempel: rubric.spreidingsDrempel })}
      busy={action.busy}
      error={action.error}
    >
      {state.eligibility.length === 0 ? (
        <Text>{t("score.screenFirst")}</Text>
      ) : (
        <Actions>
          <Button appearance="primary" onClick={prepare} disabled={action.busy}>
            {t("meeting.prepare")}
          </Button>
        </Actions>
      )}
      {state.sheetProblems.length > 0 && (
        <ProblemList problems={state.sheetProblems} />
      )}
      {meeting && (
        <>
          <Text role="status">
            {meeting.items.length === 0
              ? t("meeting.none", { drempel: rubric.spreidingsDrempel })
              : t("meeting.summary", { n: meeting.items.length })}
          </Text>
          {meeting.items.length > 0 && (
            <>
              <fieldset className={styles.group}>
                <legend className={styles.legend}>
                  {t("meeting.present")}
                </legend>
                {panel.map((p) => (
                  <Checkbox
                    key={label(p)}
                    label={label(p)}
                    checked={present.includes(label(p))}
                    onChange={(_, d) =>
                      setPresent((now) =>
                        d.checked
                          ? [...now, label(p)]
                          : now.filter((x) => x !== label(p)),
                      )
                    }
                  />
                ))}
                {tried && present.length === 0 && (
                  <Text role="alert" size={200}>
                    {t("meeting.presentMissing")}
                  </Text>
                )}
              </fieldset>
              <FieldGrid>
                <RequiredTextField
                  label={t("meeting.recorder")}
                  value={wie}
                  onChange={setWie}
                  showMissing={tried}
                  missingMessage={t("consensus.nameMissing")}
                />
                <ChoiceField
                  label={t("consensus.role")}
                  value={rol}
                  choices={policy.rollen}
                  onChange={setRol}
                />
              </FieldGrid>
              <h3 className={styles.subheading}>{t("meeting.listLabel")}</h3>
              <Accordion collapsible>
                {meeting.items.map((item) => {
                  const title = titles.get(item.aanvraag) ?? item.aanvraag;
                  return (
                    <AccordionItem
                      key={`${item.aanvraag} ${item.item}`}
                      value={`${item.aanvraag} ${item.item}`}
                    >
                      <AccordionHeader size="small" className={styles.header}>
                        {t("meeting.itemHeader", {
                          spreiding: formatNumber(language, item.spreiding),
                          app: item.aanvraag,
                          item: item.label,
                          min: item.min,
                          max: item.max,
                        })}
                      </AccordionHeader>
                      <AccordionPanel>
                        <MeetingItemPanel
                          item={item}
                          title={title}
                          rubric={rubric}
                          n={n}
                          busy={action.busy}
                          onSave={(score, motivatie) =>
                            save(item.aanvraag, item.item, score, motivatie)
                          }
                        />
                      </AccordionPanel>
                    </AccordionItem>
                  );
                })}
              </Accordion>
            </>
          )}
          {saved && <Text role="status">{saved}</Text>}
        </>
      )}
      <Actions>
        <NextButton
          label={t("meeting.next")}
          onClick={() => goTo("rangschikken")}
        />
      </Actions>
    </StepLayout>
  );
}
