/**
 * Seed 000 (Customer Service, ITSS V2): the knowledge items of each skill item per
 * specialty field, transcribed as skill-proficiency.ts is (English as published with
 * OCR noise removed; Japanese the team's translation). A file of its own: only
 * ITSSKNOWLEDGE and the Skill Items sheet show it, so neither start pulls it in.
 */
import type { Localized, SkillItemId, SkillKnowledge } from "../types";

// Knowledge lists shared verbatim by several fields in the source.
const SYSTEM_MAINTENANCE_KNOWLEDGE: readonly Localized[] = [
  { en: "Remote maintenance", ja: "リモートメンテナンス" },
  { en: "Social engineering", ja: "ソーシャルエンジニアリング" },
];

const TECHNOLOGY_KNOWLEDGE: readonly Localized[] = [
  { en: "Latest IT market trends", ja: "最新のIT市場動向" },
  { en: "Latest technology trends", ja: "最新の技術動向" },
  { en: "Internet technologies", ja: "インターネット技術" },
  { en: "Computer systems", ja: "コンピュータシステム" },
  { en: "Computer science fundamentals", ja: "コンピュータ科学基礎" },
  { en: "System development environment", ja: "システム開発環境" },
  { en: "System platform technologies", ja: "システム基盤技術" },
  { en: "Security and privacy", ja: "セキュリティとプライバシー" },
  { en: "Database technologies", ja: "データベース技術" },
  {
    en: "Understanding and utilization of network technologies",
    ja: "ネットワーク技術の理解と活用",
  },
  { en: "Platform technologies", ja: "プラットフォーム技術" },
  {
    en: "Programming languages, Markup languages",
    ja: "プログラミング言語、マークアップ言語",
  },
];

const PROJECT_MANAGEMENT_KNOWLEDGE: readonly Localized[] = [
  { en: "Project Integration Management", ja: "プロジェクト統合マネジメント" },
  { en: "Project Scope Management", ja: "プロジェクト・スコープ・マネジメント" },
  { en: "Project Time Management", ja: "プロジェクト・タイム・マネジメント" },
  { en: "Project Cost Management", ja: "プロジェクト・コスト・マネジメント" },
  { en: "Project Quality Management", ja: "プロジェクト品質マネジメント" },
  {
    en: "Project Human Resource Management",
    ja: "プロジェクト人的資源マネジメント",
  },
  {
    en: "Project Communications Management",
    ja: "プロジェクト・コミュニケーション・マネジメント",
  },
  { en: "Project Risk Management", ja: "プロジェクト・リスク・マネジメント" },
  { en: "Project Procurement Management", ja: "プロジェクト調達マネジメント" },
];

const LEADERSHIP_KNOWLEDGE: readonly Localized[] = [
  { en: "Leadership", ja: "リーダーシップ" },
];

const COMMUNICATION_KNOWLEDGE: readonly Localized[] = [
  { en: "2-Way communication", ja: "2-Wayコミュニケーション" },
  { en: "Distribution of information", ja: "情報伝達" },
  {
    en: "Organization, analytical, and retrieval of information",
    ja: "情報の整理・分析・検索",
  },
];

const NEGOTIATION_KNOWLEDGE: readonly Localized[] = [
  { en: "Negotiation", ja: "ネゴシエーション" },
];

export const SKILL_KNOWLEDGE: readonly SkillKnowledge[] = [
  // ---------------------------------------------------------------- Hardware
  {
    field: "hardware",
    skillItem: "system-maintenance-management",
    items: SYSTEM_MAINTENANCE_KNOWLEDGE,
  },
  {
    field: "hardware",
    skillItem: "technology",
    items: TECHNOLOGY_KNOWLEDGE,
  },
  {
    field: "hardware",
    skillItem: "project-management",
    items: PROJECT_MANAGEMENT_KNOWLEDGE,
  },
  {
    field: "hardware",
    skillItem: "leadership",
    items: LEADERSHIP_KNOWLEDGE,
  },
  {
    field: "hardware",
    skillItem: "communication",
    items: COMMUNICATION_KNOWLEDGE,
  },
  {
    field: "hardware",
    skillItem: "negotiation",
    items: NEGOTIATION_KNOWLEDGE,
  },
  {
    field: "hardware",
    skillItem: "hardware-technology",
    items: [
      { en: "IT architecture (hardware)", ja: "ITアーキテクチャ(ハードウェア)" },
      { en: "Basic hardware technology", ja: "ハードウェア基礎技術" },
      { en: "Installation of hardware products", ja: "ハードウェア製品の導入" },
      { en: "Maintenance of hardware products", ja: "ハードウェア製品の保守" },
      { en: "Network maintenance", ja: "ネットワーク保守" },
      {
        en: "Global standards of hardware and relevant standards",
        ja: "ハードウェアの国際標準および関連規格",
      },
      {
        en: "Technologies for restoration of hardware products",
        ja: "ハードウェア製品の修復技術",
      },
    ],
  },

  // ---------------------------------------------------------------- Software
  {
    field: "software",
    skillItem: "system-maintenance-management",
    items: SYSTEM_MAINTENANCE_KNOWLEDGE,
  },
  {
    field: "software",
    skillItem: "technology",
    items: TECHNOLOGY_KNOWLEDGE,
  },
  {
    field: "software",
    skillItem: "project-management",
    items: PROJECT_MANAGEMENT_KNOWLEDGE,
  },
  {
    field: "software",
    skillItem: "leadership",
    items: LEADERSHIP_KNOWLEDGE,
  },
  {
    field: "software",
    skillItem: "communication",
    items: COMMUNICATION_KNOWLEDGE,
  },
  {
    field: "software",
    skillItem: "negotiation",
    items: NEGOTIATION_KNOWLEDGE,
  },
  {
    field: "software",
    skillItem: "software-technology",
    items: [
      { en: "IT architecture (software)", ja: "ITアーキテクチャ(ソフトウェア)" },
      { en: "Installation of software products", ja: "ソフトウェア製品の導入" },
      { en: "Maintenance of software products", ja: "ソフトウェア製品の保守" },
      { en: "Application service", ja: "アプリケーションサービス" },
      {
        en: "System software products and their operation environments",
        ja: "システムソフトウェア製品とその運用環境",
      },
      { en: "System management products", ja: "システム管理製品" },
      { en: "Security technology trends", ja: "セキュリティ技術の動向" },
      {
        en: "Global standards of software and relevant standards",
        ja: "ソフトウェアの国際標準および関連規格",
      },
      {
        en: "Understanding and utilization of network technologies",
        ja: "ネットワーク技術の理解と活用",
      },
    ],
  },

  // ----------------------------------------------------- Facility management
  {
    field: "facility-management",
    skillItem: "system-maintenance-management",
    items: SYSTEM_MAINTENANCE_KNOWLEDGE,
  },
  {
    field: "facility-management",
    skillItem: "technology",
    items: TECHNOLOGY_KNOWLEDGE,
  },
  {
    field: "facility-management",
    skillItem: "project-management",
    items: PROJECT_MANAGEMENT_KNOWLEDGE,
  },
  {
    field: "facility-management",
    skillItem: "leadership",
    items: LEADERSHIP_KNOWLEDGE,
  },
  {
    field: "facility-management",
    skillItem: "communication",
    items: COMMUNICATION_KNOWLEDGE,
  },
  {
    field: "facility-management",
    skillItem: "negotiation",
    items: NEGOTIATION_KNOWLEDGE,
  },
  {
    field: "facility-management",
    skillItem: "facility-management",
    items: [
      {
        en: "Latest facility and network product technology trends",
        ja: "ファシリティ製品およびネットワーク製品の最新技術動向",
      },
      {
        en: "Designing physical networks (communication networks), facilities, and maintenance and operation",
        ja: "物理ネットワーク(通信ネットワーク)・設備の設計および保守・運用",
      },
      {
        en: "Practice of safety management of construction of physical network (communications network) facilities (equipment)",
        ja: "物理ネットワーク(通信ネットワーク)設備(機器)の施工における安全管理の実践",
      },
      {
        en: "Execution of designing data center facilities and operation and maintenance",
        ja: "データセンター設備の設計および運用・保守の実施",
      },
      {
        en: "Installation, moving, upgrade, and migration of computer system",
        ja: "コンピュータシステムの設置、移設、アップグレード、移行",
      },
      {
        en: "Design, construction, maintenance, and operation of disaster and crime prevention facilities",
        ja: "防災・防犯設備の設計、施工、保守、運用",
      },
      { en: "Environmental protection", ja: "環境保全" },
      {
        en: "Facility (equipment) related certified qualification",
        ja: "設備(機器)関連の公的資格",
      },
      { en: "Estimation of costs", ja: "費用の見積り" },
      {
        en: "Knowledge of safety management, such as crime and disaster prevention measures in the data center",
        ja: "データセンターにおける防犯・防災対策などの安全管理の知識",
      },
      {
        en: "Reliability, availability, and maintainability of facilities",
        ja: "設備の信頼性、可用性、保守性",
      },
      {
        en: "Basic knowledge of relevant facilities management laws, regulations, and standards",
        ja: "ファシリティマネジメント関連の法令・規則・規格の基礎知識",
      },
      {
        en: "Techniques for solving technical problems in facility management",
        ja: "ファシリティマネジメントにおける技術的問題の解決技法",
      },
      {
        en: "Health and Safety Related Regulations Fundamentals",
        ja: "労働安全衛生関連法規の基礎",
      },
      {
        en: "Fundamental knowledge on architecture and fundamental knowledge on architectural drafting (CAD)",
        ja: "建築の基礎知識および建築製図(CAD)の基礎知識",
      },
      {
        en: "Securement of earthquake protection and safety",
        ja: "耐震性と安全性の確保",
      },
      { en: "Knowledge on quality control", ja: "品質管理の知識" },
    ],
  },

  // ------------------------------------- Common to Customer Service (L1-2)
  {
    field: "common",
    skillItem: "system-maintenance-management",
    items: SYSTEM_MAINTENANCE_KNOWLEDGE,
  },
  {
    field: "common",
    skillItem: "technology",
    items: TECHNOLOGY_KNOWLEDGE,
  },
  {
    field: "common",
    skillItem: "project-management",
    items: PROJECT_MANAGEMENT_KNOWLEDGE,
  },
  {
    field: "common",
    skillItem: "leadership",
    items: LEADERSHIP_KNOWLEDGE,
  },
  {
    field: "common",
    skillItem: "communication",
    items: COMMUNICATION_KNOWLEDGE,
  },
  {
    field: "common",
    skillItem: "negotiation",
    items: NEGOTIATION_KNOWLEDGE,
  },
];

/**
 * The "Skill Area of Customer Service" table that opens the source: which
 * fields each skill item applies to, and its knowledge items as the table
 * words them (slightly different from the per-field sheets above).
 */
export const SKILL_AREA_OVERVIEW: readonly {
  skillItem: SkillItemId;
  appliesTo: readonly ("hardware" | "software" | "facility-management")[];
  knowledge: readonly Localized[];
}[] = [
  {
    skillItem: "system-maintenance-management",
    appliesTo: ["hardware", "software", "facility-management"],
    knowledge: [
      { en: "Remote maintenance", ja: "リモートメンテナンス" },
      { en: "Social engineering", ja: "ソーシャルエンジニアリング" },
    ],
  },
  {
    skillItem: "technology",
    appliesTo: ["hardware", "software", "facility-management"],
    knowledge: [
      { en: "Latest IT market trends", ja: "最新のIT市場動向" },
      { en: "Latest technology trends", ja: "最新の技術動向" },
      { en: "Internet technologies", ja: "インターネット技術" },
      { en: "Computer systems", ja: "コンピュータシステム" },
      { en: "Computer science fundamentals", ja: "コンピュータ科学基礎" },
      { en: "System development environment", ja: "システム開発環境" },
      { en: "System platform technologies", ja: "システム基盤技術" },
      { en: "Security and privacy", ja: "セキュリティとプライバシー" },
      { en: "Database technologies", ja: "データベース技術" },
      {
        en: "Understanding and utilization of network technologies",
        ja: "ネットワーク技術の理解と活用",
      },
      { en: "Platform technologies", ja: "プラットフォーム技術" },
      {
        en: "Programming languages, markup languages",
        ja: "プログラミング言語、マークアップ言語",
      },
    ],
  },
  {
    skillItem: "project-management",
    appliesTo: ["hardware", "software", "facility-management"],
    knowledge: [
      { en: "Project Integration Management", ja: "プロジェクト統合マネジメント" },
      { en: "Project Scope Management", ja: "プロジェクト・スコープ・マネジメント" },
      { en: "Project Time Management", ja: "プロジェクト・タイム・マネジメント" },
      { en: "Project Cost Management", ja: "プロジェクト・コスト・マネジメント" },
      { en: "Project Quality Management", ja: "プロジェクト品質マネジメント" },
      {
        en: "Project Human Resource Management",
        ja: "プロジェクト人的資源マネジメント",
      },
      {
        en: "Project Communications Management",
        ja: "プロジェクト・コミュニケーション・マネジメント",
      },
      { en: "Project Risk Management", ja: "プロジェクト・リスク・マネジメント" },
      { en: "Project Procurement Management", ja: "プロジェクト調達マネジメント" },
    ],
  },
  {
    skillItem: "leadership",
    appliesTo: ["hardware", "software", "facility-management"],
    knowledge: [{ en: "Leadership", ja: "リーダーシップ" }],
  },
  {
    skillItem: "communication",
    appliesTo: ["hardware", "software", "facility-management"],
    knowledge: [
      { en: "2-Way communication", ja: "2-Wayコミュニケーション" },
      { en: "Distribution of information", ja: "情報伝達" },
      {
        en: "Organization and analytical and retrieval of information",
        ja: "情報の整理・分析・検索",
      },
    ],
  },
  {
    skillItem: "negotiation",
    appliesTo: ["hardware", "software", "facility-management"],
    knowledge: [{ en: "Negotiation", ja: "ネゴシエーション" }],
  },
  {
    skillItem: "hardware-technology",
    appliesTo: ["hardware"],
    knowledge: [
      { en: "IT architecture (hardware)", ja: "ITアーキテクチャ(ハードウェア)" },
      { en: "Hardware basic technology", ja: "ハードウェア基礎技術" },
      { en: "Installation of hardware products", ja: "ハードウェア製品の導入" },
      { en: "Maintenance of hardware products", ja: "ハードウェア製品の保守" },
      { en: "Network maintenance", ja: "ネットワーク保守" },
      {
        en: "Global standards of hardware and relevant standards",
        ja: "ハードウェアの国際標準および関連規格",
      },
      {
        en: "Technologies for restoration of hardware products",
        ja: "ハードウェア製品の修復技術",
      },
    ],
  },
  {
    skillItem: "software-technology",
    appliesTo: ["software"],
    knowledge: [
      { en: "IT architecture (software)", ja: "ITアーキテクチャ(ソフトウェア)" },
      { en: "Installation of software products", ja: "ソフトウェア製品の導入" },
      { en: "Maintenance of software products", ja: "ソフトウェア製品の保守" },
      { en: "Application service", ja: "アプリケーションサービス" },
      {
        en: "System software products and their operation environments",
        ja: "システムソフトウェア製品とその運用環境",
      },
      { en: "System management products", ja: "システム管理製品" },
      { en: "Security technology trends", ja: "セキュリティ技術の動向" },
      {
        en: "Global standards of software and relevant standards",
        ja: "ソフトウェアの国際標準および関連規格",
      },
      {
        en: "Understanding and utilization of network technologies",
        ja: "ネットワーク技術の理解と活用",
      },
    ],
  },
  {
    skillItem: "facility-management",
    appliesTo: ["facility-management"],
    // The table prints "Designing physical networks ..." twice in a row; it is
    // kept once. It has no "Practice of safety management ..." or "Knowledge on
    // quality control" (both on the field sheet) but adds "Latest equipment and
    // tools for training".
    knowledge: [
      {
        en: "Latest facility and network product technology trends",
        ja: "ファシリティ製品およびネットワーク製品の最新技術動向",
      },
      {
        en: "Designing physical networks (communication networks), facilities, and maintenance and operation",
        ja: "物理ネットワーク(通信ネットワーク)・設備の設計および保守・運用",
      },
      {
        en: "Execution of designing data center facilities and operation and maintenance",
        ja: "データセンター設備の設計および運用・保守の実施",
      },
      {
        en: "Installation, moving, upgrade, and migration of computer system",
        ja: "コンピュータシステムの設置、移設、アップグレード、移行",
      },
      {
        en: "Design, construction, maintenance, and operation of disaster and crime prevention facilities",
        ja: "防災・防犯設備の設計、施工、保守、運用",
      },
      { en: "Environmental protection", ja: "環境保全" },
      {
        en: "Facility (equipment) related certified qualification",
        ja: "設備(機器)関連の公的資格",
      },
      { en: "Estimation of costs", ja: "費用の見積り" },
      {
        en: "Knowledge of safety management, such as crime and disaster prevention measures in the data center",
        ja: "データセンターにおける防犯・防災対策などの安全管理の知識",
      },
      {
        en: "Reliability, availability, and maintainability of facilities",
        ja: "設備の信頼性、可用性、保守性",
      },
      {
        en: "Basic knowledge of relevant facilities management laws, regulations, and standards",
        ja: "ファシリティマネジメント関連の法令・規則・規格の基礎知識",
      },
      {
        en: "Technique for solving technical problems in facility management",
        ja: "ファシリティマネジメントにおける技術的問題の解決技法",
      },
      {
        en: "Health and Safety Related Regulations Fundamentals",
        ja: "労働安全衛生関連法規の基礎",
      },
      {
        en: "Fundamental knowledge on architecture and fundamental knowledge on architectural drafting (CAD)",
        ja: "建築の基礎知識および建築製図(CAD)の基礎知識",
      },
      {
        en: "Securement of earthquake protection and safety",
        ja: "耐震性と安全性の確保",
      },
      {
        en: "Latest equipment and tools for training",
        ja: "研修用の最新の機器とツール",
      },
    ],
  },
];
