/**
 * Import: pick a file or a sheet, check how its columns map to the roster (and
 * correct them), see the first rows as they will land and every problem, then
 * import into the Roster table or a new sheet. Loaded on demand (its code is not
 * part of the pane's start).
 */
import { useRef, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePanelStyles } from "./panelStyles";
import { ROSTER_COLUMNS } from "../../core/roster/columns";
import { previewPlan, type ColumnOverride, type ColumnTarget, type ImportMode } from "../../core/import";
import type { Lang } from "../../core/catalog/types";
import {
  applyImport,
  importDoneMessage,
  planWorkbookImport,
  sourceFromFile,
  sourceFromSheet,
  type ImportSource,
} from "../../app/import";
import { sayImport } from "../i18n-import";
import type { PanelProps } from "./Panels";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  scroll: { maxHeight: "260px", overflow: "auto" },
  flagged: { backgroundColor: "#FDE7E9", color: "#242424" },
});

type Planned = Awaited<ReturnType<typeof planWorkbookImport>>;

export default function ImportPanel({ lang, workbook, runner, onChanged }: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string>("");
  const [source, setSource] = useState<ImportSource | null>(null);
  const [mode, setMode] = useState<ImportMode>("append");
  const [overrides, setOverrides] = useState<ColumnOverride[]>([]);
  const [headerRow, setHeaderRow] = useState<string>("");
  const [planned, setPlanned] = useState<Planned | null>(null);

  const plan = async (next: {
    source?: ImportSource;
    mode?: ImportMode;
    overrides?: ColumnOverride[];
    headerRow?: string;
  }) => {
    const src = next.source ?? source;
    if (!src) return;
    const row = Number(next.headerRow ?? headerRow);
    const result = await runner.run(
      () =>
        planWorkbookImport(workbook, src, {
          mode: next.mode ?? mode,
          lang,
          overrides: next.overrides ?? overrides,
          ...(row > 0 ? { headerRowNumber: row } : {}),
        }),
      () => null,
    );
    if (result) {
      setPlanned(result);
      setHeaderRow(String(result.detection.headerRowNumber));
    }
  };

  const pickFile = async (file: File) => {
    const src = await runner.run(
      async () => sourceFromFile(new Uint8Array(await file.arrayBuffer()), file.name),
      () => null,
    );
    if (!src) return;
    setSource(src);
    setOverrides([]);
    setHeaderRow("");
    await plan({ source: src, overrides: [], headerRow: "" });
  };

  const pickSheet = async () => {
    if (!sheet) return;
    const src = await runner.run(
      () => sourceFromSheet(workbook, sheet),
      () => null,
    );
    if (!src) return;
    setSource(src);
    setOverrides([]);
    setHeaderRow("");
    await plan({ source: src, overrides: [], headerRow: "" });
  };

  const remap = async (index: number, target: ColumnTarget) => {
    const next = [...overrides.filter((o) => o.index !== index), { index, target }];
    setOverrides(next);
    await plan({ overrides: next });
  };

  const doImport = async () => {
    if (!source || !planned) return;
    await runner.run(
      (progress) => applyImport(workbook, source, planned.plan, planned.mapping, lang, progress),
      importDoneMessage,
    );
    onChanged();
  };

  const preview = planned ? previewPlan(planned.plan, 5) : null;
  // Columns the source leaves empty in the previewed rows would only crowd the preview.
  const shown = preview
    ? preview.headers
        .map((_, i) => i)
        .filter((i) => preview.rows.some((r) => (r.cells[i] ?? "") !== "" || r.problemColumns.includes(i)))
    : [];
  const targets: { value: ColumnTarget; label: string }[] = [
    ...ROSTER_COLUMNS.map((c) => ({ value: c.key as ColumnTarget, label: c.header[lang] })),
    { value: "extra", label: sayImport(lang, "keepExtra") },
  ];
  const labelOf = (t: ColumnTarget) => targets.find((x) => x.value === t)?.label ?? String(t);

  return (
    <section className={styles.panel} aria-labelledby="import-title">
      <Text as="h2" id="import-title" weight="semibold" size={400}>
        {sayImport(lang, "title")}
      </Text>
      <Text className={styles.help}>{sayImport(lang, "help")}</Text>
      <div className={styles.row}>
        <Button onClick={() => fileInput.current?.click()} disabled={runner.busy}>
          {sayImport(lang, "chooseFile")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.csv"
          aria-label={sayImport(lang, "chooseFile")}
          data-testid="import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void pickFile(f);
            e.target.value = "";
          }}
        />
      </div>
      <div className={styles.row}>
        <Field label={sayImport(lang, "orSheet")}>
          <Dropdown
            placeholder={sayImport(lang, "chooseSheet")}
            value={sheet}
            selectedOptions={sheet ? [sheet] : []}
            onOpenChange={(_, d) => {
              if (d.open) void workbook.listSheets().then(setSheets);
            }}
            onOptionSelect={(_, d) => setSheet(d.optionValue ?? "")}
          >
            {sheets.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={() => void pickSheet()} disabled={runner.busy || !sheet}>
          {sayImport(lang, "readSheet")}
        </Button>
      </div>
      {planned && source && preview && (
        <>
          <Text weight="semibold" as="h3">
            {sayImport(lang, "sourceSummary", {
              name: source.name,
              read: planned.plan.report.summary.read,
              flagged: planned.plan.report.summary.flagged,
            })}
          </Text>
          {planned.recalled && <Text>{sayImport(lang, "recalled")}</Text>}
          <div className={styles.row}>
            <Field label={sayImport(lang, "headerRow")}>
              <Input
                type="number"
                min={1}
                value={headerRow}
                onChange={(_, d) => setHeaderRow(d.value)}
                onBlur={() => void plan({ headerRow })}
              />
            </Field>
          </div>
          <div className={styles.scroll} role="region" aria-label={sayImport(lang, "mapping")} tabIndex={0}>
            <Table size="small" aria-label={sayImport(lang, "mapping")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{sayImport(lang, "sourceColumn")}</TableHeaderCell>
                  <TableHeaderCell>{sayImport(lang, "mapsTo")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {planned.mapping.columns.map((c) => (
                  <TableRow key={c.index}>
                    <TableCell>
                      {c.header || `#${c.index + 1}`}
                      {c.note ? ` — ${c.note[lang]}` : ""}
                    </TableCell>
                    <TableCell>
                      <Dropdown
                        size="small"
                        aria-label={`${sayImport(lang, "mapsTo")}: ${c.header}`}
                        value={labelOf(c.target)}
                        selectedOptions={[c.target]}
                        onOptionSelect={(_, d) => void remap(c.index, d.optionValue as ColumnTarget)}
                      >
                        {targets.map((t) => (
                          <Option key={t.value} value={t.value}>
                            {t.label}
                          </Option>
                        ))}
                      </Dropdown>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Text weight="semibold" as="h3">
            {sayImport(lang, "previewTitle")}
          </Text>
          {/* Focusable, so the rows can be scrolled by keyboard. */}
          <div
            className={styles.scroll}
            role="region"
            aria-label={sayImport(lang, "previewTitle")}
            tabIndex={0}
          >
            <Table
              size="extra-small"
              aria-label={sayImport(lang, "previewTitle")}
              style={{ minWidth: `${(shown.length + 1) * 96}px` }}
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{sayImport(lang, "sourceRow")}</TableHeaderCell>
                  {shown.map((i) => (
                    <TableHeaderCell key={i}>{preview.headers[i]}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.rows.map((r) => (
                  <TableRow key={r.sourceRow}>
                    <TableCell>{r.sourceRow}</TableCell>
                    {shown.map((i) => (
                      <TableCell
                        key={i}
                        className={r.problemColumns.includes(i) ? styles.flagged : undefined}
                      >
                        {r.cells[i]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {planned.plan.report.problems.length > 0 && (
            <div
              className={styles.scroll}
              role="region"
              aria-label={sayImport(lang, "problems")}
              tabIndex={0}
            >
              <Text weight="semibold" as="h3">
                {sayImport(lang, "problemCount", { n: planned.plan.report.problems.length })}
              </Text>
              <ul>
                {planned.plan.report.problems.slice(0, 50).map((p, i) => (
                  <li key={i}>{p.message[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          <Field label={sayImport(lang, "destination")}>
            <RadioGroup
              value={mode}
              onChange={(_, d) => {
                setMode(d.value as ImportMode);
                void plan({ mode: d.value as ImportMode });
              }}
            >
              <Radio value="append" label={sayImport(lang, "append")} />
              <Radio value="replace" label={sayImport(lang, "replace")} />
              <Radio value="new-sheet" label={sayImport(lang, "newSheet")} />
            </RadioGroup>
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void doImport()} disabled={runner.busy}>
              {sayImport(lang, "importButton", { n: planned.plan.rows.length })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

export type { Lang };
