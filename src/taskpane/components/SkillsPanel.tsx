/**
 * The Skills tab: creates the Skills and CMBOK Assessment sheets, imports the
 * skill and CMBOK sheets HR already keeps into them (skills-import-actions.ts),
 * and builds their reports (skills-actions.ts), then shows what needs a person's
 * attention (import problems, level counts, KPI-vs-skill differences, bad cells).
 * Like the other panels it never touches Office.js.
 */
import { useEffect, useRef, useState, type RefObject } from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { usePanelStyles } from "./panelStyles";
import type { CmbokVersion, Lang, Localized } from "../../core/catalog/types";
import type { ImportProblem } from "../../core/import";
import { percent } from "../../core/sheets/skills-cmbok";
import type { CellProblem } from "../../core/sheets/skills-read";
import { TemplateOptions } from "./TemplateOptions";
import { say } from "../i18n";
import { localizedSkills, saySkills, SKILLS_TEXT } from "../i18n-skills";
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
import { LevelCounts, type PanelProps } from "./Panels";

/** Value of the radar option that means "the first person with a field". */
const FIRST_PERSON = "";

export function SkillsPanel({ lang, edition, workbook, runner, onChanged }: PanelProps) {
  const styles = usePanelStyles();
  const [headerLang, setHeaderLang] = useState<Lang>(lang);
  const [sampleRows, setSampleRows] = useState(true);
  const [person, setPerson] = useState(FIRST_PERSON);
  const [people, setPeople] = useState<readonly SkillsPersonOption[]>([]);
  const [skills, setSkills] = useState<SkillsReportResult | null>(null);
  const [cmbok, setCmbok] = useState<CmbokCoverageResult | null>(null);
  const [version, setVersion] = useState<CmbokVersion | "detect">("detect");
  const [imported, setImported] = useState<ImportShown | null>(null);
  const skillsFile = useRef<HTMLInputElement>(null);
  const cmbokFile = useRef<HTMLInputElement>(null);

  const refreshPeople = async () => {
    const found = await listSkillsPeople(workbook).catch(() => []);
    setPeople(found);
    setPerson((current) => (found.some((p) => p.value === current) ? current : FIRST_PERSON));
  };

  // The choices follow the Skills table: read when the tab opens, after each action, and on focus.
  useEffect(() => {
    let live = true;
    void listSkillsPeople(workbook)
      .catch(() => [])
      .then((found) => {
        if (live) setPeople(found);
      });
    return () => {
      live = false;
    };
  }, [workbook]);

  const createSkills = async () => {
    await runner.run(
      (progress) => createSkillsSheet(workbook, { lang: headerLang, sampleRows }, progress),
      () => SKILLS_TEXT.skillsCreated,
    );
    await refreshPeople();
    onChanged();
  };

  const createCmbok = async () => {
    await runner.run(
      (progress) => createCmbokAssessment(workbook, { lang: headerLang, sampleRows }, progress),
      () => SKILLS_TEXT.cmbokCreated,
    );
    onChanged();
  };

  const buildSkills = async () => {
    const result = await runner.run(
      (progress) => buildSkillsReport(workbook, { lang, edition, person }, progress),
      skillsReportMessage,
    );
    if (result) setSkills(result);
    await refreshPeople();
    onChanged();
  };

  const buildCmbok = async () => {
    const result = await runner.run(
      (progress) => buildCmbokCoverage(workbook, { lang }, progress),
      (r) => localizedSkills("cmbokCoverageDone", { n: r.people }),
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
        const problems = planned.plan.report.problems;
        return { kind: "skills", name: file.name, outcome, problems, migrated: null };
      },
      (r) => assessmentImportDoneMessage(r.outcome),
    );
    if (result) setImported(result);
    await refreshPeople();
    onChanged();
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
        const problems = planned.plan.report.problems;
        return { kind: "cmbok", name: file.name, outcome, problems, migrated };
      },
      (r) => assessmentImportDoneMessage(r.outcome),
    );
    if (result) setImported(result);
    onChanged();
  };

  const goTo = (sheet: string, problem: CellProblem) =>
    void workbook.select(sheet, problem.sheetRow, problem.sheetColumn).then(onChanged);

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="skills-sheets-title">
        <Text as="h2" id="skills-sheets-title" weight="semibold" size={400}>
          {saySkills(lang, "sheetsTitle")}
        </Text>
        <Text className={styles.help}>{saySkills(lang, "sheetsHelp")}</Text>
        <TemplateOptions
          lang={lang}
          headerLang={headerLang}
          onHeaderLang={setHeaderLang}
          sampleRows={sampleRows}
          onSampleRows={setSampleRows}
        />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={runner.busy} onClick={() => void createSkills()}>
            {saySkills(lang, "createSkills")}
          </Button>
          <Button disabled={runner.busy} onClick={() => void createCmbok()}>
            {saySkills(lang, "createCmbok")}
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="skills-import-title">
        <Text as="h2" id="skills-import-title" weight="semibold" size={400}>
          {saySkills(lang, "importTitle")}
        </Text>
        <Text className={styles.help}>{saySkills(lang, "importHelp")}</Text>
        <Field label={saySkills(lang, "cmbokVersion")}>
          <RadioGroup
            layout="horizontal"
            value={version}
            onChange={(_, d) => setVersion(d.value as CmbokVersion | "detect")}
          >
            <Radio value="detect" label={saySkills(lang, "versionDetect")} />
            <Radio value="1.0" label={saySkills(lang, "version10")} />
            <Radio value="2.0" label={saySkills(lang, "version20")} />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button disabled={runner.busy} onClick={() => skillsFile.current?.click()}>
            {saySkills(lang, "importSkills")}
          </Button>
          <Button disabled={runner.busy} onClick={() => cmbokFile.current?.click()}>
            {saySkills(lang, "importCmbok")}
          </Button>
          {/* The visible buttons open these; they stay out of the tab order. */}
          <FilePicker
            inputRef={skillsFile}
            className={styles.hidden}
            label={saySkills(lang, "importSkills")}
            testId="skills-import-file"
            onFile={(f) => void importSkills(f)}
          />
          <FilePicker
            inputRef={cmbokFile}
            className={styles.hidden}
            label={saySkills(lang, "importCmbok")}
            testId="cmbok-import-file"
            onFile={(f) => void importCmbok(f)}
          />
        </div>
      </section>
      {imported && <ImportResults lang={lang} shown={imported} />}

      <section className={styles.section} aria-labelledby="skills-reports-title">
        <Text as="h2" id="skills-reports-title" weight="semibold" size={400}>
          {saySkills(lang, "reportsTitle")}
        </Text>
        <Text className={styles.help}>{saySkills(lang, "reportsHelp")}</Text>
        <Field label={saySkills(lang, "radarPerson")}>
          {/* A native select: no popup layer, and the platform's own keyboard handling. */}
          <Select value={person} onChange={(_, d) => setPerson(d.value)} onFocus={() => void refreshPeople()}>
            <option value={FIRST_PERSON}>{saySkills(lang, "firstPerson")}</option>
            {people.map((p, i) => (
              <option key={`${i}-${p.value}`} value={p.value}>
                {personLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={runner.busy} onClick={() => void buildSkills()}>
            {saySkills(lang, "buildSkillsReport")}
          </Button>
          <Button disabled={runner.busy} onClick={() => void buildCmbok()}>
            {saySkills(lang, "buildCmbokCoverage")}
          </Button>
        </div>
      </section>

      {skills && (
        <section className={styles.section} aria-label={saySkills(lang, "skillsResults")}>
          <LevelCounts lang={lang} label={saySkills(lang, "skillLevelCounts")} perLevel={skills.perLevel} />
          <Flagged lang={lang} result={skills} />
          <Problems
            lang={lang}
            title={saySkills(lang, "problemsTitle")}
            problems={skills.problems}
            onSelect={(p) => goTo(skills.skills.sheet, p)}
          />
        </section>
      )}
      {cmbok && (
        <section className={styles.section} aria-label={saySkills(lang, "cmbokResults")}>
          <TeamCoverage lang={lang} result={cmbok} />
          <Problems
            lang={lang}
            title={saySkills(lang, "cmbokProblemsTitle")}
            problems={cmbok.problems}
            onSelect={(p) => goTo(cmbok.cmbok.sheet, p)}
          />
        </section>
      )}
    </div>
  );
}

/** What the pane shows after an import: counts, the CMBOK migration, the problems. */
interface ImportShown {
  readonly kind: "skills" | "cmbok";
  readonly name: string;
  readonly outcome: AssessmentImportOutcome;
  readonly problems: readonly ImportProblem[];
  /** Changes of a CMBOK 1.0 -> 2.0 migration; null for a CMBOK 2.0 sheet and a skill sheet. */
  readonly migrated: number | null;
}

/** Problems listed in the pane; the Import Report has them all. */
const PROBLEMS_SHOWN = 50;

function FilePicker({
  inputRef,
  className,
  label,
  testId,
  onFile,
}: {
  inputRef: RefObject<HTMLInputElement>;
  className: string;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={inputRef}
      className={className}
      type="file"
      accept=".xlsx,.csv"
      tabIndex={-1}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const f = e.target.files?.[0];
        if (f) onFile(f);
        e.target.value = "";
      }}
    />
  );
}

function ImportResults({ lang, shown }: { lang: Lang; shown: ImportShown }) {
  const styles = usePanelStyles();
  const s = shown.outcome.summary;
  const problems = shown.problems;
  return (
    <section className={styles.section} aria-label={saySkills(lang, "importResults")}>
      <Text role="status" weight="semibold">
        {saySkills(lang, "importSummary", {
          name: shown.name,
          sheet: shown.outcome.sheet,
          read: s.read,
          imported: s.imported,
          flagged: s.flagged,
        })}
      </Text>
      {shown.kind === "cmbok" && (
        <Text>
          {shown.migrated === null
            ? saySkills(lang, "cmbokAsIs")
            : saySkills(lang, "cmbokMigrated", { n: shown.migrated })}
        </Text>
      )}
      {problems.length === 0 ? (
        <Text>{saySkills(lang, "importNoProblems")}</Text>
      ) : (
        // Scrolls when long: focusable, so keyboard users can scroll it too.
        <div
          className={styles.list}
          role="region"
          aria-label={saySkills(lang, "importProblemsTitle")}
          tabIndex={0}
        >
          <Text>{saySkills(lang, "importProblems", { n: problems.length })}</Text>
          <ul>
            {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
              <li key={`${i}-${p.row}-${p.column ?? "-"}`}>{p.message[lang]}</li>
            ))}
          </ul>
          {problems.length > PROBLEMS_SHOWN && (
            <Text>{saySkills(lang, "importMoreProblems", { n: problems.length - PROBLEMS_SHOWN })}</Text>
          )}
        </div>
      )}
    </section>
  );
}

/** The status line after a skills report: people counted, then what needs attention. */
function skillsReportMessage(result: SkillsReportResult): Localized {
  const parts: Localized[] = [localizedSkills("skillsReportDone", { n: result.people })];
  if (result.problems.length > 0)
    parts.push(localizedSkills("skillsReportProblems", { n: result.problems.length }));
  if (!result.rosterFound) parts.push(SKILLS_TEXT.noRosterToCompare);
  return { en: parts.map((p) => p.en).join(" "), ja: parts.map((p) => p.ja).join("") };
}

function personLabel(p: SkillsPersonOption): string {
  return p.employeeId && p.name ? `${p.employeeId} ${p.name}` : p.employeeId || p.name;
}

function Flagged({ lang, result }: { lang: Lang; result: SkillsReportResult }) {
  const styles = usePanelStyles();
  if (!result.rosterFound) return <Text>{saySkills(lang, "noRosterToCompare")}</Text>;
  if (result.flagged.length === 0) return <Text>{saySkills(lang, "noneFlagged")}</Text>;
  return (
    // Scrolls when long: focusable, so keyboard users can scroll it too.
    <div className={styles.list} role="region" aria-label={saySkills(lang, "flaggedTitle")} tabIndex={0}>
      <Table size="small" aria-label={saySkills(lang, "flaggedTitle")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{saySkills(lang, "person")}</TableHeaderCell>
            <TableHeaderCell>{saySkills(lang, "kpiLevel")}</TableHeaderCell>
            <TableHeaderCell>{saySkills(lang, "skillLevel")}</TableHeaderCell>
            <TableHeaderCell>{saySkills(lang, "note")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.flagged.map((c, i) => (
            <TableRow key={`${i}-${c.employeeId}`}>
              <TableCell>{c.name || c.employeeId}</TableCell>
              <TableCell>{c.kpiLevel}</TableCell>
              <TableCell>{c.skillLevel}</TableCell>
              <TableCell>{c.note?.[lang] ?? ""}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function TeamCoverage({ lang, result }: { lang: Lang; result: CmbokCoverageResult }) {
  return (
    <Table size="extra-small" aria-label={saySkills(lang, "teamCoverageTitle")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{saySkills(lang, "domain")}</TableHeaderCell>
          <TableHeaderCell>{saySkills(lang, "coverage")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.team.map((d) => (
          <TableRow key={d.domain.en}>
            <TableCell>{d.domain[lang]}</TableCell>
            <TableCell>{`${percent(d.coverage)}%`}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Bad cells, each with a button that selects it (the sheet row number, as on the Score tab). */
function Problems({
  lang,
  title,
  problems,
  onSelect,
}: {
  lang: Lang;
  title: string;
  problems: readonly CellProblem[];
  onSelect: (problem: CellProblem) => void;
}) {
  const styles = usePanelStyles();
  if (problems.length === 0) return null;
  return (
    <>
      <Text role="status">{saySkills(lang, "skillsReportProblems", { n: problems.length })}</Text>
      <div className={styles.list} role="region" aria-label={title} tabIndex={0}>
        <Table size="small" aria-label={title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say(lang, "row")}</TableHeaderCell>
              <TableHeaderCell>{saySkills(lang, "problem")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {problems.map((p, i) => (
              <TableRow key={`${i}-${p.sheetRow}-${p.sheetColumn}`}>
                <TableCell>
                  <Button size="small" appearance="subtle" onClick={() => onSelect(p)}>
                    {p.sheetRow + 1}
                  </Button>
                </TableCell>
                <TableCell>{p.message[lang]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** For React.lazy: the tab loads this panel when first opened, outside the pane's start bundle. */
export default SkillsPanel;
