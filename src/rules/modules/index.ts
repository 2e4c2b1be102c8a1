/** The module checklist (Overeenkomst, Voortdurend Verbeteren, Verdiepen & Specialiseren): records, policy schema, checks, results. */
export * from './records';
export * from './policy-schema';
export * from './results';
export { KEUZE_TEKSTEN, MODULE_MESSAGES, keuzeHerkomst } from './messages';
export { PRAKTIJK_VELD_LABELS, THERAPEUT_VELD_LABELS, veldLabel } from './labels';
export { checkVoortdurendVerbeteren, checkPraktijk, moduleContext, groupByPraktijk } from './voortdurend-verbeteren';
export { checkVerdiepenSpecialiseren } from './verdiepen-specialiseren';
export { loadModulePolicy } from './load';
export { addMonths, monthsBefore, formatMonthNl, isIsoDate, isIsoMonth } from './dates';
export { wholeMonthsBetween, PRAKTIJK_EVALUATORS, THERAPEUT_EVALUATORS, type EvalContext } from './evaluators';
