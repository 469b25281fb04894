import type { Edition, JobCategory, Localized, SpecialtyField, SpecialtyFieldId } from "./types";

/** The two job categories the seeds cover. */
export const JOB_CATEGORIES: readonly JobCategory[] = [
  {
    id: "customer-service",
    name: { en: "Customer Service", ja: "カスタマーサービス" },
    description: {
      en:
        "Installs, customises, maintains and repairs hardware and software and builds IT facilities at customer sites, " +
        "responsible for the quality (usability, ease of maintenance) of what is installed.",
      ja:
        "顧客の設備に合わせてハードウェア・ソフトウェアの導入、カスタマイズ、保守、修理を行い、IT 設備の構築を支援する。" +
        "導入したハードウェア・ソフトウェアの品質（使いやすさ、保守性など）に責任を持つ。",
    },
  },
  {
    id: "it-service-management",
    name: { en: "IT Service Management", ja: "ITサービスマネジメント" },
    description: {
      en:
        "Ensures the stable operation of systems and IT services and provides them at agreed service levels " +
        "and optimal cost, through operations management, system management, operations and the service desk.",
      ja:
        "運用管理、システム管理、オペレーション、サービスデスクを通じて、システムと IT サービスの安定稼働を確保し、" +
        "合意したサービスレベルと最適なコストで提供する。",
    },
  },
];

/** Specialty fields, with the levels each field defines in the seeds. */
export const SPECIALTY_FIELDS: readonly SpecialtyField[] = [
  {
    id: "hardware",
    category: "customer-service",
    name: { en: "Hardware", ja: "ハードウェア" },
    description: {
      en: "Installation, maintenance, expansion, fault recovery and operating guidance for computers and related equipment.",
      ja: "コンピュータおよび関連機器の導入、保守、機能拡張、障害回復、操作指導を行う。",
    },
    levels: [1, 2, 3, 4, 5],
    complexityCriteria: 6,
  },
  {
    id: "software",
    category: "customer-service",
    name: { en: "Software", ja: "ソフトウェア" },
    description: {
      en: "Installation, set-up, maintenance, expansion, configuration change, restoration and operating guidance for software.",
      ja: "ソフトウェアの導入、セットアップ、保守、機能拡張、構成変更、障害復旧、操作指導を行う。",
    },
    levels: [1, 2, 3, 4, 5],
    complexityCriteria: 6,
  },
  {
    id: "facility-management",
    category: "customer-service",
    name: { en: "Facility Management", ja: "ファシリティマネジメント" },
    description: {
      en: "Design, construction management and operation of computer-room and network facility infrastructure.",
      ja: "コンピュータ室およびネットワークの設備基盤の設計、施工管理、運用を行う。",
    },
    levels: [1, 2, 3, 4, 5, 6],
    complexityCriteria: 4,
  },
  {
    id: "operations-management",
    category: "it-service-management",
    name: { en: "Operations Management", ja: "運用管理" },
    description: {
      en: "Plans and manages IT service operations as a whole: service levels, costs, and the operations organisation.",
      ja: "サービスレベル、コスト、運用組織を含め、IT サービスの運用全体を計画・管理する。",
    },
    levels: [3, 4, 5, 6, 7],
    complexityCriteria: 7,
  },
  {
    id: "system-management",
    category: "it-service-management",
    name: { en: "System Management", ja: "システム管理" },
    description: {
      en: "Manages system resources, configuration changes and operating analysis so that systems run stably.",
      ja: "システム資源、構成変更、稼働分析を管理し、システムの安定稼働を確保する。",
    },
    levels: [3, 4, 5, 6],
    complexityCriteria: 5,
  },
  {
    id: "operations",
    category: "it-service-management",
    name: { en: "Operations", ja: "オペレーション" },
    description: {
      en: "Runs scheduled and unscheduled system operations according to the operating procedures.",
      ja: "運用手順に従い、定常および非定常のシステムオペレーションを実施する。",
    },
    levels: [3, 4],
    complexityCriteria: 4,
  },
  {
    id: "service-desk",
    category: "it-service-management",
    name: { en: "Service Desk", ja: "サービスデスク" },
    description: {
      en: "Single point of contact for users: handles inquiries and incidents for customer satisfaction and effectiveness.",
      ja: "利用者の単一窓口として問い合わせやインシデントに対応し、顧客満足と効率を高める。",
    },
    levels: [3, 4],
    complexityCriteria: 5,
  },
];

const FIELD_BY_ID = new Map(SPECIALTY_FIELDS.map((f) => [f.id, f]));

export function specialtyField(id: SpecialtyFieldId): SpecialtyField {
  const field = FIELD_BY_ID.get(id);
  if (!field) throw new RangeError(`Unknown specialty field id: ${id}`);
  return field;
}

export function jobCategory(id: JobCategory["id"]): JobCategory {
  const category = JOB_CATEGORIES.find((c) => c.id === id);
  if (!category) throw new RangeError(`Unknown job category id: ${id}`);
  return category;
}

/** The name of a level as shown to users (ITSS levels are numbered, with the Japanese レベル). */
export function levelName(level: number): Localized {
  return level === 0
    ? { en: "Not yet level 1", ja: "レベル1未満" }
    : { en: `Level ${level}`, ja: `レベル${level}` };
}

/** Role on the engagement; compared by rank (Responsible satisfies Leader). */
export const ROLES = [
  { id: "member", rank: 1, name: { en: "Member", ja: "メンバー" } },
  { id: "leader", rank: 2, name: { en: "Leader", ja: "リーダー" } },
  { id: "responsible", rank: 3, name: { en: "Responsible", ja: "責任者" } },
] as const satisfies readonly { id: string; rank: number; name: Localized }[];

export type RoleId = (typeof ROLES)[number]["id"];

/** Customer Service Hardware/Software engagement scope, compared by rank. */
export const SCOPES = [
  { id: "specific-users", rank: 1, name: { en: "Specific users", ja: "特定ユーザー" } },
  { id: "industry-or-wide-area", rank: 2, name: { en: "Industry or wide area", ja: "業界・広域" } },
  { id: "whole-industry", rank: 3, name: { en: "Whole industry", ja: "業界全体" } },
] as const satisfies readonly { id: string; rank: number; name: Localized }[];

export type ScopeId = (typeof SCOPES)[number]["id"];

export const EDITIONS = ["V3", "V2"] as const;
export const DEFAULT_EDITION = "V3" as const;

/**
 * An edition as people write it, in any case or width ("V3", "v2", "3", "Ｖ２"); blank is
 * the default edition; undefined when it names none. The functions, the KPI Rules reader
 * and the command line all read editions through this.
 * @example parseEdition("v2") // => "V2"
 */
export function parseEdition(value: unknown): Edition | undefined {
  if (value === null || value === undefined) return DEFAULT_EDITION;
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).normalize("NFKC").trim().toUpperCase();
  if (text === "") return DEFAULT_EDITION;
  if (text === "V3" || text === "3") return "V3";
  if (text === "V2" || text === "2") return "V2";
  return undefined;
}
