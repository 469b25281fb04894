/**
 * The roster contract (shared/spec/roster-and-kpi.md section 1): one column per
 * kind of evidence, with its English header, Japanese alias and value type.
 * The order here is the template's column order.
 */
import type { Localized } from "../catalog/types";

export type ColumnKind = "text" | "category" | "field" | "role" | "scope" | "integer" | "number" | "yesno";

export interface RosterColumn {
  readonly key: RosterColumnKey;
  readonly header: Localized;
  readonly kind: ColumnKind;
  /** Explains the column in the template's input message and the docs. */
  readonly help: Localized;
  /** Extra header spellings accepted on import (folded before comparison). */
  readonly aliases?: readonly string[];
}

export const ROSTER_COLUMNS = [
  {
    key: "employeeId",
    header: { en: "Employee ID", ja: "社員番号" },
    kind: "text",
    help: { en: "Identifies the person.", ja: "社員を識別する番号。" },
    aliases: ["id", "employee no", "employee number", "社員ID", "社員No"],
  },
  {
    key: "name",
    header: { en: "Name", ja: "氏名" },
    kind: "text",
    help: { en: "The person's name.", ja: "氏名。" },
    aliases: ["full name", "employee name", "名前"],
  },
  {
    key: "department",
    header: { en: "Department", ja: "部署" },
    kind: "text",
    help: { en: "Used to group the level distribution.", ja: "レベル分布の集計単位。" },
    aliases: ["dept", "所属", "部門"],
  },
  {
    key: "category",
    header: { en: "Job Category", ja: "職種" },
    kind: "category",
    help: {
      en: "Customer Service or IT Service Management.",
      ja: "カスタマーサービスまたはITサービスマネジメント。",
    },
    aliases: ["category", "job"],
  },
  {
    key: "field",
    header: { en: "Specialty Field", ja: "専門分野" },
    kind: "field",
    help: { en: "The specialty field within the job category.", ja: "職種内の専門分野。" },
    aliases: ["field", "speciality field", "specialty"],
  },
  {
    key: "role",
    header: { en: "Role", ja: "役割" },
    kind: "role",
    help: {
      en: "Member < Leader < Responsible, on the engagements counted.",
      ja: "メンバー < リーダー < 責任者（実績の立場）。",
    },
    aliases: ["position", "立場"],
  },
  {
    key: "projects",
    header: { en: "Projects", ja: "実績件数" },
    kind: "integer",
    help: {
      en: "Successful projects completed in that role (Customer Service).",
      ja: "その役割で成功させたプロジェクト数（カスタマーサービス）。",
    },
    aliases: ["project count", "実績数"],
  },
  {
    key: "years",
    header: { en: "Years", ja: "経験年数" },
    kind: "number",
    help: {
      en: "Years of continuous successful experience in that role (IT Service Management).",
      ja: "その役割での継続した成功経験の年数（ITサービスマネジメント）。",
    },
    aliases: ["years of experience", "experience years"],
  },
  {
    key: "complexity",
    header: { en: "Complexity", ja: "複雑性" },
    kind: "integer",
    help: {
      en: "How many of the field's complexity criteria the largest engagement met.",
      ja: "最大の案件が満たした複雑性の条件の数。",
    },
    aliases: ["complexity criteria"],
  },
  {
    key: "international",
    header: { en: "International", ja: "国際" },
    kind: "yesno",
    help: {
      en: "Yes if that engagement included international operations management.",
      ja: "その案件に国際的な運用管理が含まれていれば「はい」。",
    },
    aliases: ["国際対応"],
  },
  {
    key: "scope",
    header: { en: "Scope", ja: "対象範囲" },
    kind: "scope",
    help: {
      en: "Specific users < Industry or wide area < Whole industry (Hardware/Software).",
      ja: "特定ユーザー < 業界・広域 < 業界全体（ハードウェア・ソフトウェア）。",
    },
  },
  {
    key: "rooms",
    header: { en: "Computer Rooms", ja: "コンピュータ室数" },
    kind: "integer",
    help: {
      en: "Computer rooms of the facility engagement (Facility Management).",
      ja: "設備案件のコンピュータ室の数（ファシリティマネジメント）。",
    },
    aliases: ["rooms"],
  },
  {
    key: "area",
    header: { en: "Floor Area", ja: "床面積" },
    kind: "number",
    help: {
      en: "Floor area in square metres (Facility Management).",
      ja: "床面積（平方メートル、ファシリティマネジメント）。",
    },
    aliases: ["area", "floor area m2", "床面積m2"],
  },
  {
    key: "sites",
    header: { en: "Sites", ja: "拠点数" },
    kind: "integer",
    help: {
      en: "Network installation sites (Facility Management).",
      ja: "ネットワークの設置拠点数（ファシリティマネジメント）。",
    },
    aliases: ["installation sites"],
  },
  {
    key: "staff",
    header: { en: "Staff", ja: "要員数" },
    kind: "integer",
    help: {
      en: "Persons on the engagement; Service Desk: at peak (IT Service Management).",
      ja: "案件の要員数。サービスデスクはピーク時（ITサービスマネジメント）。",
    },
    aliases: ["persons", "headcount"],
  },
  {
    key: "value",
    header: { en: "Contract Value", ja: "年間契約金額" },
    kind: "number",
    help: {
      en: "Annual contract value in million yen (IT Service Management).",
      ja: "年間契約金額（百万円、ITサービスマネジメント）。",
    },
    aliases: ["value", "annual contract value", "契約金額"],
  },
  {
    key: "users",
    header: { en: "Users", ja: "利用者数" },
    kind: "integer",
    help: { en: "Users served per year (Service Desk).", ja: "年間の利用者数（サービスデスク）。" },
  },
  {
    key: "themes",
    header: { en: "Themes", ja: "専門テーマ数" },
    kind: "integer",
    help: {
      en: "How many of the level's specialty themes the person holds.",
      ja: "そのレベルの専門テーマのうち保有する数。",
    },
    aliases: ["specialty themes"],
  },
  {
    key: "succession",
    header: { en: "Succession", ja: "技術継承" },
    kind: "integer",
    help: {
      en: "Technology-succession achievements: community work, books, papers, instructor, patents.",
      ja: "技術継承の実績数（コミュニティ活動、著書、論文、講師、特許）。",
    },
    aliases: ["技術継承数"],
  },
  {
    key: "mentoring",
    header: { en: "Mentoring", ja: "後進育成" },
    kind: "yesno",
    help: {
      en: "Yes if the person develops subordinates (mentoring, coaching).",
      ja: "後進を育成（メンタリング、コーチング）していれば「はい」。",
    },
  },
  {
    key: "ap",
    header: { en: "ITEE AP", ja: "応用情報" },
    kind: "yesno",
    help: {
      en: "Yes if the person passed the Applied IT Engineer Examination.",
      ja: "応用情報技術者試験に合格していれば「はい」。",
    },
    aliases: ["ap", "applied itee", "応用情報技術者", "応用情報技術者試験"],
  },
] as const satisfies readonly (Omit<RosterColumn, "key"> & { key: string })[];

export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]["key"];

export const ROSTER_COLUMN_KEYS: readonly RosterColumnKey[] = ROSTER_COLUMNS.map((c) => c.key);

export function rosterColumn(key: RosterColumnKey): RosterColumn {
  return ROSTER_COLUMNS.find((c) => c.key === key) as RosterColumn;
}

/** Evidence columns: every column but identity and display. */
export const EVIDENCE_KEYS = ROSTER_COLUMN_KEYS.filter(
  (k) => !["employeeId", "name", "department"].includes(k),
);

/** Columns whose value is a count or amount (non-negative numbers). */
export type NumericKey =
  | "projects"
  | "years"
  | "complexity"
  | "rooms"
  | "area"
  | "sites"
  | "staff"
  | "value"
  | "users"
  | "themes"
  | "succession";
