/** The Skills tab's view. Loaded when the tab is first opened, outside the pane's start bundle. */
import {
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
import type { CmbokVersion, Lang } from "../../core/catalog/types";
import type { CmbokCoverageResult, SkillsPersonOption, SkillsReportResult } from "../../app/skills";
import { percent } from "../../app/skills";
import { ActionButton } from "../components/ActionButton";
import { FilePicker } from "../components/FilePicker";
import { CellProblemTable, LevelCounts, NoteList } from "../components/Lists";
import { PanelSection } from "../components/PanelSection";
import { TemplateOptions } from "../components/TemplateOptions";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { FIRST_PERSON, useSkillsPanel, type ImportShown, type SkillsPanelModel } from "./useSkillsPanel";

export function SkillsView({ lang, ...m }: SkillsPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "skillsSheetsTitle")} help={say(lang, "skillsSheetsHelp")}>
        <TemplateOptions lang={lang} choice={m.template} />
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.createSkills()}>
            {say(lang, "createSkills")}
          </ActionButton>
          <ActionButton onClick={() => void m.createCmbok()}>{say(lang, "createCmbok")}</ActionButton>
        </div>
      </PanelSection>

      <PanelSection title={say(lang, "skillsImportTitle")} help={say(lang, "skillsImportHelp")}>
        <Field label={say(lang, "cmbokVersion")}>
          <RadioGroup
            layout="horizontal"
            value={m.version}
            onChange={(_, d) => m.setVersion(d.value as CmbokVersion | "detect")}
          >
            <Radio value="detect" label={say(lang, "versionDetect")} />
            <Radio value="1.0" label={say(lang, "version10")} />
            <Radio value="2.0" label={say(lang, "version20")} />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <FilePicker
            label={say(lang, "importSkills")}
            testId="skills-import-file"
            onFile={(f) => void m.importSkills(f)}
          />
          <FilePicker
            label={say(lang, "importCmbok")}
            testId="cmbok-import-file"
            onFile={(f) => void m.importCmbok(f)}
          />
        </div>
      </PanelSection>
      {m.imported && <ImportResults lang={lang} shown={m.imported} />}

      <PanelSection title={say(lang, "skillsReportsTitle")} help={say(lang, "skillsReportsHelp")}>
        <Field label={say(lang, "radarPerson")}>
          {/* A native select: no popup layer, and the platform's own keyboard handling. */}
          <Select value={m.person} onChange={(_, d) => m.setPerson(d.value)} onFocus={m.refreshPeople}>
            <option value={FIRST_PERSON}>{say(lang, "firstPerson")}</option>
            {m.people.map((p, i) => (
              <option key={`${i}-${p.value}`} value={p.value}>
                {personLabel(p)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.buildSkills()}>
            {say(lang, "buildSkillsReport")}
          </ActionButton>
          <ActionButton onClick={() => void m.buildCmbok()}>{say(lang, "buildCmbokCoverage")}</ActionButton>
        </div>
      </PanelSection>

      {m.skills && (
        <section className={styles.section} aria-label={say(lang, "skillsResults")}>
          <LevelCounts lang={lang} label={say(lang, "skillLevelCounts")} perLevel={m.skills.perLevel} />
          <Flagged lang={lang} result={m.skills} />
          <CellProblems
            lang={lang}
            title={say(lang, "problemsTitle")}
            result={m.skills}
            onSelect={m.goToSkills}
          />
        </section>
      )}
      {m.cmbok && (
        <section className={styles.section} aria-label={say(lang, "cmbokResults")}>
          <TeamCoverage lang={lang} result={m.cmbok} />
          <CellProblems
            lang={lang}
            title={say(lang, "cmbokProblemsTitle")}
            result={m.cmbok}
            onSelect={m.goToCmbok}
          />
        </section>
      )}
    </div>
  );
}

export default function SkillsPanel() {
  const { lang } = useSettings();
  return <SkillsView lang={lang} {...useSkillsPanel()} />;
}

function CellProblems<R extends SkillsReportResult | CmbokCoverageResult>({
  lang,
  title,
  result,
  onSelect,
}: {
  lang: Lang;
  title: string;
  result: R;
  onSelect: (p: R["problems"][number]) => void;
}) {
  if (result.problems.length === 0) return null;
  return (
    <>
      <Text role="status">{say(lang, "cellProblems", { n: result.problems.length })}</Text>
      <CellProblemTable lang={lang} title={title} problems={result.problems} onSelect={onSelect} />
    </>
  );
}

function ImportResults({ lang, shown }: { lang: Lang; shown: ImportShown }) {
  const styles = usePanelStyles();
  const s = shown.outcome.summary;
  return (
    <section className={styles.section} aria-label={say(lang, "importResults")}>
      <Text role="status" weight="semibold">
        {say(lang, "importSummary", {
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
            ? say(lang, "cmbokAsIs")
            : say(lang, "cmbokMigrated", { n: shown.migrated })}
        </Text>
      )}
      {shown.problems.length === 0 ? (
        <Text>{say(lang, "importNoProblems")}</Text>
      ) : (
        <NoteList
          lang={lang}
          title={say(lang, "importProblems", { n: shown.problems.length })}
          notes={shown.problems}
        />
      )}
    </section>
  );
}

function personLabel(p: SkillsPersonOption): string {
  return p.employeeId && p.name ? `${p.employeeId} ${p.name}` : p.employeeId || p.name;
}

function Flagged({ lang, result }: { lang: Lang; result: SkillsReportResult }) {
  const styles = usePanelStyles();
  if (!result.rosterFound) return <Text>{say(lang, "noRosterToCompare")}</Text>;
  if (result.flagged.length === 0) return <Text>{say(lang, "noneFlagged")}</Text>;
  return (
    <div className={styles.list} role="region" aria-label={say(lang, "flaggedTitle")} tabIndex={0}>
      <Table size="small" aria-label={say(lang, "flaggedTitle")} className={styles.fixed}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say(lang, "person")}</TableHeaderCell>
            <TableHeaderCell>{say(lang, "kpiLevel")}</TableHeaderCell>
            <TableHeaderCell>{say(lang, "skillLevel")}</TableHeaderCell>
            <TableHeaderCell>{say(lang, "note")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.flagged.map((c, i) => (
            <TableRow key={`${i}-${c.employeeId}`}>
              <TableCell className={styles.wrap}>{c.name || c.employeeId}</TableCell>
              <TableCell>{c.kpiLevel}</TableCell>
              <TableCell>{c.skillLevel}</TableCell>
              <TableCell className={styles.wrap}>{c.note?.[lang] ?? ""}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function TeamCoverage({ lang, result }: { lang: Lang; result: CmbokCoverageResult }) {
  return (
    <Table size="extra-small" aria-label={say(lang, "teamCoverageTitle")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{say(lang, "domain")}</TableHeaderCell>
          <TableHeaderCell>{say(lang, "coverage")}</TableHeaderCell>
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
