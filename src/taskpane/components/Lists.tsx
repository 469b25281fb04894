/**
 * The lists panels show after an action: messages that need attention, cells with
 * problems (each a button that selects the cell), and people per level. They wrap
 * within the pane and scroll vertically when long (focusable, so a keyboard can scroll).
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { Lang, Localized } from "../../core/catalog/types";
import { levelName } from "../../core/catalog/fields";
import { say } from "../i18n";
import { usePanelStyles } from "./panelStyles";

/** Messages shown in the pane; the sheets hold all of them. */
const SHOWN = 50;

export function NoteList({ lang, title, notes }: { lang: Lang; title: string; notes: readonly Localized[] }) {
  const styles = usePanelStyles();
  if (notes.length === 0) return null;
  return (
    <div className={styles.list} role="region" aria-label={title} tabIndex={0}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.bullets}>
        {notes.slice(0, SHOWN).map((note, i) => (
          <li key={i}>{note[lang]}</li>
        ))}
      </ul>
      {notes.length > SHOWN && <Text>{say(lang, "andMore", { n: notes.length - SHOWN })}</Text>}
    </div>
  );
}

/** A cell with a problem: its sheet row (0-based) and what is wrong. */
export interface CellNote {
  readonly sheetRow: number;
  readonly message: Localized;
}

export function CellProblemTable<T extends CellNote>({
  lang,
  title,
  problems,
  onSelect,
}: {
  lang: Lang;
  title: string;
  problems: readonly T[];
  onSelect: (problem: T) => void;
}) {
  const styles = usePanelStyles();
  if (problems.length === 0) return null;
  return (
    <div className={styles.list} role="region" aria-label={title} tabIndex={0}>
      <Table size="small" aria-label={title} className={styles.fixed}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.narrow}>{say(lang, "row")}</TableHeaderCell>
            <TableHeaderCell>{say(lang, "problem")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.map((p, i) => (
            <TableRow key={`${i}-${p.sheetRow}`}>
              <TableCell className={styles.narrow}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={say(lang, "goToCell", { n: p.sheetRow + 1 })}
                  onClick={() => onSelect(p)}
                >
                  {p.sheetRow + 1}
                </Button>
              </TableCell>
              <TableCell className={styles.wrap}>{p.message[lang]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** People per level (0 = not yet level 1), for KPI levels and skill levels alike. */
export function LevelCounts({
  lang,
  perLevel,
  label,
}: {
  lang: Lang;
  perLevel: readonly number[];
  label?: string;
}) {
  return (
    <Table size="extra-small" aria-label={label ?? say(lang, "countsPerLevel")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{say(lang, "level")}</TableHeaderCell>
          <TableHeaderCell>{say(lang, "people")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {perLevel.map((count, level) => (
          <TableRow key={level} data-level={level}>
            <TableCell>{levelName(level)[lang]}</TableCell>
            <TableCell>{count}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
