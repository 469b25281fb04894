/**
 * Skills: create the Skills and CMBOK Assessment sheets, import the sheets HR
 * already keeps into them, build their reports (KPI levels scored under the pane's
 * settings), and keep what needs a person's attention.
 */
import { useEffect, useState } from "react";
import type { CmbokVersion, Localized } from "../../core/catalog/types";
import type { CellProblem } from "../../core/skills/read-table";
import {
  buildCmbokCoverage,
  buildSkillsReport,
  createCmbokAssessment,
  createSkillsSheet,
  listSkillsPeople,
  type CmbokCoverageResult,
  type SkillsPersonOption,
  type SkillsReportResult,
} from "../../app/skills";
import {
  applyCmbokImport,
  applySkillsImport,
  assessmentImportDoneMessage,
  planCmbokImport,
  planSkillsImport,
  sourceFromFile,
  type AssessmentImportOutcome,
} from "../../app/skills-import";
import { join, text, TEXT } from "../i18n";
import { useTemplateChoice } from "../components/TemplateOptions";
import { usePane } from "../pane";
import { useSettings } from "../settings";
import { useGoToCell } from "./useGoToCell";

/** Value of the radar option that means "the first person with a field". */
export const FIRST_PERSON = "";

/** What the pane shows after an import: counts, the CMBOK migration, the problems. */
export interface ImportShown {
  readonly kind: "skills" | "cmbok";
  readonly name: string;
  readonly outcome: AssessmentImportOutcome;
  readonly problems: readonly Localized[];
  /** Changes of a CMBOK 1.0 -> 2.0 migration; null for a CMBOK 2.0 sheet and a skill sheet. */
  readonly migrated: number | null;
}

export function useSkillsPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const goToCell = useGoToCell();
  const template = useTemplateChoice(lang);
  const { headerLang, sampleRows } = template;
  const [person, setPerson] = useState(FIRST_PERSON);
  const [people, setPeople] = useState<readonly SkillsPersonOption[]>([]);
  const [skills, setSkills] = useState<SkillsReportResult | null>(null);
  const [cmbok, setCmbok] = useState<CmbokCoverageResult | null>(null);
  const [version, setVersion] = useState<CmbokVersion | "detect">("detect");
  const [imported, setImported] = useState<ImportShown | null>(null);

  // The radar's choices follow the Skills table: read when the tab opens, after each action, and on focus.
  const refreshPeople = async () => {
    const found = await listSkillsPeople(workbook).catch(() => []);
    setPeople(found);
    setPerson((current) => (found.some((p) => p.value === current) ? current : FIRST_PERSON));
  };
  useEffect(() => {
    let live = true;
    void listSkillsPeople(workbook)
      .catch(() => [])
      .then((found) => live && setPeople(found));
    return () => {
      live = false;
    };
  }, [workbook]);

  const after = async () => {
    await refreshPeople();
    onChanged();
  };

  const createSkills = async () => {
    await runner.run(
      (progress) => createSkillsSheet(workbook, { lang: headerLang, sampleRows }, progress),
      () => TEXT.skillsCreated,
    );
    await after();
  };

  const createCmbok = async () => {
    await runner.run(
      (progress) => createCmbokAssessment(workbook, { lang: headerLang, sampleRows }, progress),
      () => TEXT.cmbokCreated,
    );
    onChanged();
  };

  const buildSkills = async () => {
    const result = await runner.run(
      (progress) => buildSkillsReport(workbook, { lang, edition, useCompanyRules, person }, progress),
      skillsReportMessage,
    );
    if (result) setSkills(result);
    await after();
  };

  const buildCmbok = async () => {
    const result = await runner.run(
      (progress) => buildCmbokCoverage(workbook, { lang }, progress),
      (r) => text("cmbokCoverageDone", { n: r.people }),
    );
    if (result) setCmbok(result);
    onChanged();
  };

  // Picking a file imports it: the source is only read and rows are only added, so nothing is lost.
  const importSkills = async (file: File) => {
    setImported(null);
    const result = await runner.run(
      async (progress): Promise<ImportShown> => {
        const source = await sourceFromFile(new Uint8Array(await file.arrayBuffer()), file.name);
        const planned = await planSkillsImport(workbook, source, { lang: headerLang });
        const outcome = await applySkillsImport(workbook, source, planned.plan, lang, progress);
        const problems = planned.plan.report.problems.map((p) => p.message);
        return { kind: "skills", name: file.name, outcome, problems, migrated: null };
      },
      (r) => assessmentImportDoneMessage(r.outcome),
    );
    if (result) setImported(result);
    await after();
  };

  const importCmbok = async (file: File) => {
    setImported(null);
    const result = await runner.run(
      async (progress): Promise<ImportShown> => {
        const source = await sourceFromFile(new Uint8Array(await file.arrayBuffer()), file.name);
        const planned = await planCmbokImport(workbook, source, {
          lang: headerLang,
          ...(version === "detect" ? {} : { version }),
        });
        const outcome = await applyCmbokImport(workbook, source, planned.plan, lang, progress);
        const migrated = planned.migration?.changes.length ?? null;
        const problems = planned.plan.report.problems.map((p) => p.message);
        return { kind: "cmbok", name: file.name, outcome, problems, migrated };
      },
      (r) => assessmentImportDoneMessage(r.outcome),
    );
    if (result) setImported(result);
    onChanged();
  };

  return {
    template,
    person,
    setPerson,
    people,
    refreshPeople: () => void refreshPeople(),
    version,
    setVersion,
    createSkills,
    createCmbok,
    importSkills,
    importCmbok,
    imported,
    buildSkills,
    buildCmbok,
    skills,
    cmbok,
    goToSkills: (p: CellProblem) => skills && goToCell(skills.skills.sheet, p.sheetRow, p.sheetColumn),
    goToCmbok: (p: CellProblem) => cmbok && goToCell(cmbok.cmbok.sheet, p.sheetRow, p.sheetColumn),
  };
}

export type SkillsPanelModel = ReturnType<typeof useSkillsPanel>;

/** The status line after a skills report: people counted, then what needs attention. */
function skillsReportMessage(result: SkillsReportResult): Localized {
  const parts: Localized[] = [text("skillsReportDone", { n: result.people })];
  if (result.problems.length > 0) parts.push(text("cellProblems", { n: result.problems.length }));
  if (!result.rosterFound) parts.push(TEXT.noRosterToCompare);
  return join(...parts);
}
