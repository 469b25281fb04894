/**
 * The Import tab's view. Everything wraps to the pane's width: the column mapping
 * is a list (source column above its drop-down), the first rows are shown one per
 * item as "column: value" pairs. Loaded on demand (not part of the pane's start).
 */
import { useRef } from "react";
import {
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnTarget, ImportMode } from "../../core/import";
import type { Lang } from "../../core/catalog/types";
import type { SourceEncoding } from "../../app/import";
import { ActionButton } from "../components/ActionButton";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { FilePicker } from "../components/FilePicker";
import { NoteList } from "../components/Lists";
import { PanelSection } from "../components/PanelSection";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useImportPanel, type ImportPanelModel } from "./useImportPanel";

const useStyles = makeStyles({
  mapping: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  mapItem: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  dropdown: { minWidth: 0, maxWidth: "100%" },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  pair: { marginRight: tokens.spacingHorizontalS },
  flagged: { backgroundColor: "#FDE7E9", color: "#242424" },
});

export function ImportView({ lang, ...m }: ImportPanelModel & { lang: Lang }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const importButton = useRef<HTMLButtonElement>(null);
  const labelOf = (t: ColumnTarget) => m.targets.find((x) => x.value === t)?.label ?? String(t);
  const s = m.shown;
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "importTitle")} help={say(lang, "importHelp")}>
        <div className={styles.actions}>
          <FilePicker
            label={say(lang, "importChooseFile")}
            testId="import-file"
            onFile={(f) => void m.pickFile(f)}
          />
        </div>
        <div className={styles.row}>
          <Field label={say(lang, "importOrSheet")}>
            <Dropdown
              className={styles.dropdown}
              placeholder={say(lang, "importChooseSheet")}
              value={m.sheet}
              selectedOptions={m.sheet ? [m.sheet] : []}
              onOpenChange={(_, d) => d.open && m.listSheets()}
              onOptionSelect={(_, d) => m.setSheet(d.optionValue ?? "")}
            >
              {m.sheets.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <ActionButton onClick={() => void m.pickSheet()} disabled={!m.sheet}>
            {say(lang, "importReadSheet")}
          </ActionButton>
        </div>
        {m.undecided && (
          <div className={styles.row}>
            <Field label={`${say(lang, "importEncoding")}: ${m.undecided}`}>
              <RadioGroup value={m.encoding} onChange={(_, d) => m.setEncoding(d.value as SourceEncoding)}>
                <Radio value="utf8" label={say(lang, "encodingUtf8")} />
                <Radio value="sjis" label={say(lang, "encodingSjis")} />
                <Radio value="utf16" label={say(lang, "encodingUtf16")} />
              </RadioGroup>
            </Field>
            <ActionButton onClick={() => void m.readWithEncoding()}>
              {say(lang, "importReadEncoding")}
            </ActionButton>
          </div>
        )}
        {m.offer && (
          <div className={styles.row} data-testid="import-offer">
            <Text>{m.offer.message[lang]}</Text>
            <ActionButton primary onClick={() => void m.importOffered()}>
              {say(lang, m.offer.kind === "skills" ? "importAsSkills" : "importAsCmbok")}
            </ActionButton>
          </div>
        )}
      </PanelSection>
      {s && (
        <section className={styles.section} aria-label={say(lang, "importMapping")}>
          <Text weight="semibold" as="h3">
            {say(lang, "importSourceSummary", { name: s.name, read: s.read, flagged: s.flagged })}
          </Text>
          {s.recalled && <Text>{say(lang, "importRecalled")}</Text>}
          <Field label={say(lang, "importHeaderRow")}>
            <Input
              type="number"
              min={1}
              value={m.headerRow}
              onChange={(_, d) => m.setHeaderRow(d.value)}
              onBlur={m.replan}
            />
          </Field>
          <Text weight="semibold" as="h3">
            {say(lang, "importMapping")}
          </Text>
          <ul className={styles.mapping} aria-label={say(lang, "importMapping")}>
            {s.columns.map((c) => (
              <li key={c.index} className={styles.mapItem}>
                <Text>
                  {c.header || `#${c.index + 1}`}
                  {c.note ? ` — ${c.note[lang]}` : ""}
                </Text>
                <Dropdown
                  size="small"
                  className={styles.dropdown}
                  aria-label={`${say(lang, "importMapsTo")}: ${c.header}`}
                  value={labelOf(c.target)}
                  selectedOptions={[c.target]}
                  onOptionSelect={(_, d) => void m.remap(c.index, d.optionValue as ColumnTarget)}
                >
                  {m.targets.map((t) => (
                    <Option key={t.value} value={t.value}>
                      {t.label}
                    </Option>
                  ))}
                </Dropdown>
              </li>
            ))}
          </ul>
          <Text weight="semibold" as="h3">
            {say(lang, "importPreviewTitle")}
          </Text>
          <div
            className={styles.list}
            role="region"
            aria-label={say(lang, "importPreviewTitle")}
            tabIndex={0}
          >
            <ul className={styles.rows}>
              {s.rows.map((r) => (
                <li key={r.sourceRow} data-source-row={r.sourceRow}>
                  <Text weight="semibold">{`${say(lang, "row")} ${r.sourceRow}: `}</Text>
                  {s.visibleColumns.map((i) => (
                    <span
                      key={i}
                      className={`${styles.pair} ${r.problemColumns.includes(i) ? styles.flagged : ""}`}
                    >
                      {`${s.headers[i]}: ${r.cells[i] ?? ""}`}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
          <NoteList
            lang={lang}
            title={say(lang, "importProblemCount", { n: s.problems.length })}
            notes={s.problems}
          />
          <Field label={say(lang, "importDestination")}>
            <RadioGroup value={m.mode} onChange={(_, d) => m.chooseMode(d.value as ImportMode)}>
              <Radio value="update" label={say(lang, "importUpdate")} />
              <Radio value="append" label={say(lang, "importAppend")} />
              <Radio value="replace" label={say(lang, "importReplace")} />
              <Radio value="new-sheet" label={say(lang, "importNewSheet")} />
            </RadioGroup>
          </Field>
          {m.mode !== "new-sheet" && (
            <Text>
              {say(lang, "importLanding", {
                updated: s.landing.updated,
                added: s.landing.added,
                unchanged: s.landing.unchanged,
                flagged: s.landing.flagged,
              })}
            </Text>
          )}
          <div className={styles.actions}>
            <ActionButton ref={importButton} primary onClick={() => void m.start()}>
              {say(lang, "importButton", { n: s.count })}
            </ActionButton>
          </div>
        </section>
      )}
      <ConfirmDialog
        open={m.confirmReplace !== null}
        title={say(lang, "replaceRosterTitle")}
        body={say(lang, "replaceRosterBody", { n: m.confirmReplace ?? 0, name: m.confirmName })}
        cancel={say(lang, "cancel")}
        confirm={say(lang, "replaceRosterButton")}
        onCancel={m.keep}
        onConfirm={() => void m.replace()}
        returnFocus={importButton}
      />
    </div>
  );
}

export default function ImportPanel() {
  const { lang } = useSettings();
  return <ImportView lang={lang} {...useImportPanel()} />;
}
