/**
 * Import (a roster): pick a file or a sheet, see how its columns map (and correct
 * them), see the first rows as they will land, then import. Replacing the Roster's
 * rows asks first.
 */
import { useState } from "react";
import type { ColumnOverride, ColumnTarget, ImportMode } from "../../core/import";
import {
  applyImport,
  EncodingProblem,
  ImportOfferProblem,
  importDoneMessage,
  planWorkbookImport,
  previewPlan,
  ROSTER_COLUMNS,
  sourceFromFile,
  sourceFromSheet,
  type ImportOffer,
  type ImportSource,
  type SourceEncoding,
} from "../../app/import";
import {
  applyCmbokImport,
  applySkillsImport,
  assessmentImportDoneMessage,
  planCmbokImport,
  planSkillsImport,
} from "../../app/skills-import";
import { rosterRowCount } from "../../app/roster";
import { say, TEXT } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";

type Planned = Awaited<ReturnType<typeof planWorkbookImport>>;

/** Rows of the source previewed in the pane. */
const PREVIEW_ROWS = 5;

export function useImportPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang } = useSettings();
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string>("");
  const [source, setSource] = useState<ImportSource | null>(null);
  const [mode, setMode] = useState<ImportMode>("update");
  const [overrides, setOverrides] = useState<ColumnOverride[]>([]);
  const [headerRow, setHeaderRow] = useState<string>("");
  const [planned, setPlanned] = useState<Planned | null>(null);
  /** Rows of the Roster a "replace" import would remove, while the pane asks. */
  const [confirmReplace, setConfirmReplace] = useState<number | null>(null);
  /** A CSV whose encoding its bytes do not settle: read again with the encoding picked. */
  const [undecided, setUndecided] = useState<{ bytes: Uint8Array; name: string } | null>(null);
  const [encoding, setEncoding] = useState<SourceEncoding>("sjis");
  /** The source is a skill or CMBOK sheet: the pane offers that import instead. */
  const [offer, setOffer] = useState<ImportOffer | null>(null);

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
      async () => {
        try {
          const planned = await planWorkbookImport(workbook, src, {
            mode: next.mode ?? mode,
            lang,
            overrides: next.overrides ?? overrides,
            ...(row > 0 ? { headerRowNumber: row } : {}),
          });
          setOffer(planned.offer);
          return planned;
        } catch (err) {
          setOffer(err instanceof ImportOfferProblem ? err.offer : null);
          throw err;
        }
      },
      () => null,
    );
    if (result) {
      setPlanned(result);
      setHeaderRow(String(result.detection.headerRowNumber));
    }
  };

  const take = async (src: ImportSource | undefined) => {
    if (!src) return;
    setSource(src);
    setOverrides([]);
    setHeaderRow("");
    setPlanned(null);
    setOffer(null);
    await plan({ source: src, overrides: [], headerRow: "" });
  };

  const read = async (bytes: Uint8Array, name: string, picked?: SourceEncoding) =>
    take(
      await runner.run(
        async () => {
          try {
            const src = await sourceFromFile(bytes, name, picked);
            setUndecided(null);
            return src;
          } catch (err) {
            setUndecided(err instanceof EncodingProblem ? { bytes, name } : null);
            throw err;
          }
        },
        () => null,
      ),
    );

  const pickFile = async (file: File) => read(new Uint8Array(await file.arrayBuffer()), file.name);

  const readWithEncoding = async () => {
    if (undecided) await read(undecided.bytes, undecided.name, encoding);
  };

  /** Imports the source as skill or CMBOK ratings, as the Skills tab would. */
  const importOffered = async () => {
    if (!source || !offer) return;
    const kind = offer.kind;
    const done = await runner.run(
      async (progress) =>
        kind === "skills"
          ? applySkillsImport(
              workbook,
              source,
              (await planSkillsImport(workbook, source, { lang })).plan,
              lang,
              progress,
            )
          : applyCmbokImport(
              workbook,
              source,
              (await planCmbokImport(workbook, source, { lang })).plan,
              lang,
              progress,
            ),
      assessmentImportDoneMessage,
    );
    if (done) {
      setOffer(null);
      setPlanned(null);
      setSource(null);
      onChanged();
    }
  };

  const pickSheet = async () => {
    if (!sheet) return;
    await take(
      await runner.run(
        () => sourceFromSheet(workbook, sheet),
        () => null,
      ),
    );
  };

  const listSheets = () => void runner.attempt(() => workbook.listSheets().then(setSheets));

  const remap = async (index: number, target: ColumnTarget) => {
    const next = [...overrides.filter((o) => o.index !== index), { index, target }];
    setOverrides(next);
    await plan({ overrides: next });
  };

  const chooseMode = (next: ImportMode) => {
    setMode(next);
    void plan({ mode: next });
  };

  const apply = async () => {
    if (!source || !planned) return;
    setConfirmReplace(null);
    await runner.run(
      (progress) => applyImport(workbook, source, planned.plan, planned.mapping, lang, progress),
      importDoneMessage,
    );
    onChanged();
  };

  /** Imports, asking first when the rows of a Roster that has people would be replaced. */
  const start = async () => {
    if (!source || !planned) return;
    if (planned.plan.mode === "replace") {
      const rows = await runner.run(
        () => rosterRowCount(workbook),
        () => null,
      );
      if (rows === undefined) return;
      if (rows > 0) {
        setConfirmReplace(rows);
        return;
      }
    }
    await apply();
  };

  const preview = planned ? previewPlan(planned.plan, PREVIEW_ROWS) : null;
  // Columns the source leaves empty in the previewed rows would only crowd the preview.
  const shown = preview
    ? preview.headers
        .map((_, i) => i)
        .filter((i) => preview.rows.some((r) => (r.cells[i] ?? "") !== "" || r.problemColumns.includes(i)))
    : [];
  const targets: { value: ColumnTarget; label: string }[] = [
    ...ROSTER_COLUMNS.map((c) => ({ value: c.key as ColumnTarget, label: c.header[lang] })),
    { value: "extra", label: say(lang, "importKeepExtra") },
  ];

  return {
    sheets,
    sheet,
    setSheet,
    listSheets,
    pickFile,
    pickSheet,
    headerRow,
    setHeaderRow,
    replan: () => void plan({ headerRow }),
    mode,
    chooseMode,
    targets,
    remap,
    /** The plan and what the pane shows of it, once a source is read. */
    shown:
      planned && source && preview
        ? {
            name: source.name,
            read: planned.plan.report.summary.read,
            flagged: planned.plan.report.summary.flagged,
            recalled: planned.recalled,
            columns: planned.mapping.columns,
            headers: preview.headers,
            rows: preview.rows,
            visibleColumns: shown,
            problems: planned.plan.report.problems.map((p) => p.message),
            count: planned.plan.rows.length,
            /** What the import would do to the Roster's rows (update mode counts people). */
            landing: planned.landing,
          }
        : null,
    start,
    /** Set when the file's encoding must be picked. */
    undecided: undecided?.name ?? null,
    encoding,
    setEncoding,
    readWithEncoding,
    offer,
    importOffered,
    confirmReplace,
    confirmName: source?.name ?? "",
    replace: apply,
    keep: () => {
      setConfirmReplace(null);
      runner.report(TEXT.keptRoster);
    },
  };
}

export type ImportPanelModel = ReturnType<typeof useImportPanel>;
