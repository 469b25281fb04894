/**
 * CMBOK (Contact Center Management Body of Knowledge) competencies, versions 1.0 and 2.0,
 * transcribed from seed 004. Japanese names are as the seed prints them, with only spacing
 * normalised (e.g. "CRM 活動の概要" -> "CRM活動の概要", "構 築" -> "構築"); English names are the team's.
 *
 * The seed is a two-column table flattened to text. Domain and area follow the reading order of
 * each column: an area without its own domain heading belongs to the domain heading above it.
 */
import type { CmbokCompetency, Localized } from "../types";

// Domains (both versions unless noted).
const D_STRATEGY: Localized = { en: "Contact Centre Strategy", ja: "コンタクトセンター戦略" };
const D_CUSTOMER_SERVICE: Localized = { en: "Customer Service", ja: "カスタマーサービス" };
const D_OPERATION: Localized = { en: "Operation", ja: "運営" };
const D_BUILD: Localized = { en: "Construction", ja: "構築" };
/** 2.0 only. */
const D_AUDIT: Localized = { en: "Audit", ja: "監査" };
const D_BASE: Localized = { en: "Foundation", ja: "ベース" };
/** 2.0 only. */
const D_TRAINING: Localized = {
  en: "Training and Learning Facilitation",
  ja: "トレーニングとラーニングファシリテーション",
};

// Areas.
const A_STRATEGY_FINANCE: Localized = { en: "Business Strategy and Finance", ja: "経営戦略と財務" };
const A_CUSTOMER_SERVICE: Localized = { en: "Customer Service", ja: "カスタマーサービス" };
const A_CRM: Localized = {
  en: "CRM: Putting Contact Centre Strategy into Practice",
  ja: "CRM コンタクトセンター戦略の実践",
};
const A_OPERATIONS: Localized = { en: "Operations", ja: "オペレーション" };
const A_HRM: Localized = { en: "Human Resource Management", ja: "ヒューマンリソースマネジメント" };
/** 1.0 name of the AR area. */
const A_ARCHITECT_1_0: Localized = { en: "Centre Architect", ja: "センターアーキテクト" };
/** 2.0 name of the AR area. */
const A_ARCHITECTURE_2_0: Localized = { en: "Centre Architecture", ja: "センターアーキテクチャー" };
/** 1.0 name of the IC area. */
const A_ICT_1_0: Localized = {
  en: "Contact Centre Information and Communication Systems",
  ja: "コンタクトセンターの情報通信システム",
};
/** 2.0 name of the IC area. */
const A_ICT_2_0: Localized = { en: "ICT Management", ja: "ICTマネジメント" };
/** 2.0 only. */
const A_AUDIT: Localized = { en: "Contact Centre Audit", ja: "コンタクトセンターの監査" };
const A_ESSENTIAL_SKILLS: Localized = {
  en: "Essential Contact Centre Job Skills",
  ja: "コンタクトセンターの必須職能スキル",
};
const A_PC_SKILLS: Localized = { en: "PC Skill Fundamentals", ja: "PCスキルの基礎" };
const A_PERSONAL: Localized = {
  en: "Personal Attributes and Behaviour as a Professional",
  ja: "職業人としての個人の資質と行動",
};
/** 2.0 only. */
const A_LEARNING: Localized = { en: "Learning Facilitation", ja: "ラーニングファシリテーション" };

export const CMBOK_COMPETENCIES: readonly CmbokCompetency[] = [
  // ---------------------------------------------------------------- CMBOK 1.0
  // コンタクトセンター戦略 / 経営戦略と財務
  { version: "1.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-1", nameJa: "コンタクトセンター戦略", nameEn: "Contact Centre Strategy" },
  { version: "1.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-2", nameJa: "計画の策定", nameEn: "Planning" },
  { version: "1.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-3", nameJa: "コンタクトセンターの財務", nameEn: "Contact Centre Finance" },
  { version: "1.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-4", nameJa: "リスクとコンプライアンス", nameEn: "Risk and Compliance" },
  { version: "1.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-5", nameJa: "コンタクトセンターの監査", nameEn: "Contact Centre Audit" },
  // カスタマーサービス / カスタマーサービス
  { version: "1.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-1", nameJa: "顧客対応", nameEn: "Customer Handling" },
  { version: "1.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-2", nameJa: "サービスの提供", nameEn: "Service Delivery" },
  { version: "1.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-3", nameJa: "苦情・クレーム処理", nameEn: "Complaint Handling" },
  { version: "1.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-4", nameJa: "消費者保護と関連法規の理解", nameEn: "Consumer Protection and Related Laws" },
  // カスタマーサービス / CRM コンタクトセンター戦略の実践
  // Judgment call: the seed prints the CRM area right after the カスタマーサービス domain with no domain
  // heading of its own (in both versions), so it is placed under カスタマーサービス, not コンタクトセンター戦略.
  { version: "1.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-1", nameJa: "CRM活動の概要", nameEn: "Overview of CRM Activities" },
  { version: "1.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-2", nameJa: "CRM活動の実践", nameEn: "CRM Activities in Practice" },
  // 運営 / オペレーション
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-1", nameJa: "業務量予測", nameEn: "Workload Forecasting" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-2", nameJa: "スタッフィングとスケジューリング", nameEn: "Staffing and Scheduling" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-3", nameJa: "リアルタイムマネジメント", nameEn: "Real-Time Management" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-4", nameJa: "指標管理", nameEn: "Metrics Management" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-5", nameJa: "プロセスのモニタリング", nameEn: "Process Monitoring" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-6", nameJa: "法令遵守と顧客保護態勢", nameEn: "Legal Compliance and Customer Protection" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-7", nameJa: "業務改善", nameEn: "Operational Improvement" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-8", nameJa: "業務プロセス監査", nameEn: "Business Process Audit" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-9", nameJa: "ビジネス継続性の確保", nameEn: "Ensuring Business Continuity" },
  { version: "1.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-10", nameJa: "職場環境の管理", nameEn: "Workplace Environment Management" },
  // 運営 / ヒューマンリソースマネジメント
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-1", nameJa: "スキル定義", nameEn: "Skill Definition" },
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-2", nameJa: "採用", nameEn: "Recruitment" },
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-3", nameJa: "トレーニングの実施", nameEn: "Delivering Training" },
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-4", nameJa: "スキルの管理と検証", nameEn: "Skill Management and Verification" },
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-5", nameJa: "コーチング", nameEn: "Coaching" },
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-6", nameJa: "スタッフの評価", nameEn: "Staff Evaluation" },
  { version: "1.0", domain: D_OPERATION, area: A_HRM, code: "HR-7", nameJa: "スタッフの定着促進", nameEn: "Staff Retention" },
  // 構築 / センターアーキテクト
  { version: "1.0", domain: D_BUILD, area: A_ARCHITECT_1_0, code: "AR-1", nameJa: "業務要件定義の作成", nameEn: "Defining Business Requirements" },
  { version: "1.0", domain: D_BUILD, area: A_ARCHITECT_1_0, code: "AR-2", nameJa: "サービスの調達", nameEn: "Service Procurement" },
  { version: "1.0", domain: D_BUILD, area: A_ARCHITECT_1_0, code: "AR-3", nameJa: "業務仕様書とサービスレベルマネジメント", nameEn: "Business Specifications and Service Level Management" },
  { version: "1.0", domain: D_BUILD, area: A_ARCHITECT_1_0, code: "AR-4", nameJa: "業務と調達プロセスの監査", nameEn: "Auditing Business and Procurement Processes" },
  { version: "1.0", domain: D_BUILD, area: A_ARCHITECT_1_0, code: "AR-5", nameJa: "プロジェクトマネジメント", nameEn: "Project Management" },
  // 構築 / コンタクトセンターの情報通信システム
  { version: "1.0", domain: D_BUILD, area: A_ICT_1_0, code: "IC-1", nameJa: "情報通信技術とコンタクトセンターシステム", nameEn: "ICT and Contact Centre Systems" },
  { version: "1.0", domain: D_BUILD, area: A_ICT_1_0, code: "IC-2", nameJa: "ITサービスマネジメント", nameEn: "IT Service Management" },
  // ベース / コンタクトセンターの必須職能スキル
  { version: "1.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-1", nameJa: "コミュニケーション", nameEn: "Communication" },
  { version: "1.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-2", nameJa: "ヒューマンリレーション", nameEn: "Human Relations" },
  { version: "1.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-3", nameJa: "チームワーク", nameEn: "Teamwork" },
  { version: "1.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-4", nameJa: "ネゴシエーション", nameEn: "Negotiation" },
  { version: "1.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-5", nameJa: "業務の達成", nameEn: "Task Accomplishment" },
  { version: "1.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-6", nameJa: "問題解決能力と論理的思考", nameEn: "Problem Solving and Logical Thinking" },
  // ベース / PCスキルの基礎
  { version: "1.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-1", nameJa: "コンタクトセンターPCスキル基本", nameEn: "Basic Contact Centre PC Skills" },
  { version: "1.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-2", nameJa: "文章入力", nameEn: "Text Entry" },
  { version: "1.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-3", nameJa: "WEBと検索", nameEn: "Web and Search" },
  { version: "1.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-4", nameJa: "表計算", nameEn: "Spreadsheets" },
  { version: "1.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-5", nameJa: "データベース基礎", nameEn: "Database Basics" },
  // ベース / 職業人としての個人の資質と行動
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-1", nameJa: "顧客サービスの理解", nameEn: "Understanding Customer Service" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-2", nameJa: "リーダーシップ・個人の責任", nameEn: "Leadership and Personal Responsibility" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-3", nameJa: "モチベーションの維持", nameEn: "Sustaining Motivation" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-4", nameJa: "役割と信頼関係の創出", nameEn: "Building Roles and Trust" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-5", nameJa: "自信", nameEn: "Self-Confidence" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-6", nameJa: "積極的・前向きな姿勢", nameEn: "Proactive, Positive Attitude" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-7", nameJa: "忍耐と包容力", nameEn: "Patience and Tolerance" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-8", nameJa: "学習への意欲", nameEn: "Eagerness to Learn" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-9", nameJa: "共感力", nameEn: "Empathy" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-10", nameJa: "創造性", nameEn: "Creativity" },
  { version: "1.0", domain: D_BASE, area: A_PERSONAL, code: "PA-11", nameJa: "一貫性", nameEn: "Consistency" },

  // ---------------------------------------------------------------- CMBOK 2.0
  // コンタクトセンター戦略 / 経営戦略と財務
  { version: "2.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-1", nameJa: "コンタクトセンター戦略", nameEn: "Contact Centre Strategy", change: "unchanged", from: "ST-1" },
  { version: "2.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-2", nameJa: "計画の策定", nameEn: "Planning", change: "unchanged", from: "ST-2" },
  { version: "2.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-3", nameJa: "コンタクトセンターの財務", nameEn: "Contact Centre Finance", change: "unchanged", from: "ST-3" },
  { version: "2.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-4", nameJa: "リスクとコンプライアンス", nameEn: "Risk and Compliance", change: "unchanged", from: "ST-4" },
  // Judgment call: 2.0 ST-5 reuses the code but not the subject (1.0 ST-5 is audit, which moved to AU-1), so it is new.
  { version: "2.0", domain: D_STRATEGY, area: A_STRATEGY_FINANCE, code: "ST-5", nameJa: "利害関係者の満足度とVOC", nameEn: "Stakeholder Satisfaction and VOC", change: "new" },
  // カスタマーサービス / カスタマーサービス
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-1", nameJa: "サービスマネジメント", nameEn: "Service Management", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-2", nameJa: "サービス・エンカウンター", nameEn: "Service Encounter", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-3", nameJa: "サービスサイエンス", nameEn: "Service Science", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-4", nameJa: "顧客満足と顧客ロイヤルティ", nameEn: "Customer Satisfaction and Loyalty", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-5", nameJa: "顧客対応", nameEn: "Customer Handling", change: "moved", from: "CS-1" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-6", nameJa: "サービスの提供", nameEn: "Service Delivery", change: "moved", from: "CS-2" },
  // Judgment call: new-channel service delivery is treated as new; 1.0 CS-2 continues as CS-6.
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-7", nameJa: "新しいチャネルにおけるサービスの提供", nameEn: "Service Delivery in New Channels", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-8", nameJa: "ソーシャルメディアサービス", nameEn: "Social Media Service", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-9", nameJa: "苦情・クレーム処理", nameEn: "Complaint Handling", change: "moved", from: "CS-3" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CUSTOMER_SERVICE, code: "CS-10", nameJa: "消費者保護と関連法規の理解", nameEn: "Consumer Protection and Related Laws", change: "moved", from: "CS-4" },
  // カスタマーサービス / CRM コンタクトセンター戦略の実践 (same domain placement as in 1.0, see above)
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-1", nameJa: "CRM活動の概要", nameEn: "Overview of CRM Activities", change: "unchanged", from: "CR-1" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-2", nameJa: "CRM活動の実践", nameEn: "CRM Activities in Practice", change: "unchanged", from: "CR-2" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-3", nameJa: "カスタマー・エクスペリエンス・マネジメント", nameEn: "Customer Experience Management", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-4", nameJa: "カスタマー・エンゲージメント・マネジメント", nameEn: "Customer Engagement Management", change: "new" },
  { version: "2.0", domain: D_CUSTOMER_SERVICE, area: A_CRM, code: "CR-5", nameJa: "ビッグデータ(Big Data)", nameEn: "Big Data", change: "new" },
  // 運営 / オペレーション
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-1", nameJa: "業務量予測", nameEn: "Workload Forecasting", change: "unchanged", from: "OP-1" },
  // Judgment call: 1.0 OP-2 (staffing and scheduling) was split; its main continuation is OP-3, so OP-2 is new.
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-2", nameJa: "必要要員数の算出", nameEn: "Calculating Required Headcount", change: "new" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-3", nameJa: "要員計画とシフト計画・調整", nameEn: "Staff Planning and Shift Scheduling", change: "renamed", from: "OP-2" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-4", nameJa: "リアルタイムマネジメント", nameEn: "Real-Time Management", change: "moved", from: "OP-3" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-5", nameJa: "指標管理", nameEn: "Metrics Management", change: "moved", from: "OP-4" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-6", nameJa: "プロセスのモニタリング", nameEn: "Process Monitoring", change: "moved", from: "OP-5" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-7", nameJa: "業務改善", nameEn: "Operational Improvement", change: "unchanged", from: "OP-7" },
  // Judgment call: 2.0 OP-8 reuses the code but not the subject (1.0 OP-8 process audit went to the 監査 domain), so it is new.
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-8", nameJa: "学習する組織(ラーニング・オーガニゼーション)", nameEn: "Learning Organisation", change: "new" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-9", nameJa: "法令遵守と顧客保護態勢", nameEn: "Legal Compliance and Customer Protection", change: "moved", from: "OP-6" },
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-10", nameJa: "職場環境の管理", nameEn: "Workplace Environment Management", change: "unchanged", from: "OP-10" },
  // Judgment call: the name only gains the annotation "(BCP)", which does not change its meaning, so this is
  // "moved" (code changed, same name) rather than "renamed".
  { version: "2.0", domain: D_OPERATION, area: A_OPERATIONS, code: "OP-11", nameJa: "ビジネス継続性の確保(BCP)", nameEn: "Ensuring Business Continuity (BCP)", change: "moved", from: "OP-9" },
  // 運営 / ヒューマンリソースマネジメント
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-1", nameJa: "スキル定義", nameEn: "Skill Definition", change: "unchanged", from: "HR-1" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-2", nameJa: "採用", nameEn: "Recruitment", change: "unchanged", from: "HR-2" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-3", nameJa: "トレーニングの実施", nameEn: "Delivering Training", change: "unchanged", from: "HR-3" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-4", nameJa: "スキルの管理と検証", nameEn: "Skill Management and Verification", change: "unchanged", from: "HR-4" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-5", nameJa: "コーチング", nameEn: "Coaching", change: "unchanged", from: "HR-5" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-6", nameJa: "エンパワーメント", nameEn: "Empowerment", change: "new" },
  // Judgment call: HR-7 モチベーション (motivating staff, a manager's skill) is new; 1.0 PA-3 モチベーションの維持
  // (keeping one's own motivation) continues unchanged as 2.0 PA-3.
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-7", nameJa: "モチベーション", nameEn: "Motivation", change: "new" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-8", nameJa: "チームビルディング", nameEn: "Team Building", change: "new" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-9", nameJa: "ストレス管理", nameEn: "Stress Management", change: "new" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-10", nameJa: "スタッフの評価", nameEn: "Staff Evaluation", change: "moved", from: "HR-6" },
  { version: "2.0", domain: D_OPERATION, area: A_HRM, code: "HR-11", nameJa: "スタッフの定着促進", nameEn: "Staff Retention", change: "moved", from: "HR-7" },
  // 構築 / センターアーキテクチャー (the 1.0 area センターアーキテクト, renamed; codes that kept code and name are "unchanged")
  { version: "2.0", domain: D_BUILD, area: A_ARCHITECTURE_2_0, code: "AR-1", nameJa: "業務要件定義の作成", nameEn: "Defining Business Requirements", change: "unchanged", from: "AR-1" },
  { version: "2.0", domain: D_BUILD, area: A_ARCHITECTURE_2_0, code: "AR-2", nameJa: "サービスの調達", nameEn: "Service Procurement", change: "unchanged", from: "AR-2" },
  // Judgment call: the 2.0 name differs from 1.0 only by the word separator "・" in サービスレベル・マネジメント;
  // treated like a spacing difference, so "unchanged" (the seed's spelling is kept in nameJa).
  { version: "2.0", domain: D_BUILD, area: A_ARCHITECTURE_2_0, code: "AR-3", nameJa: "業務仕様書とサービスレベル・マネジメント", nameEn: "Business Specifications and Service Level Management", change: "unchanged", from: "AR-3" },
  // Judgment call: 2.0 AR-4 reuses the code but not the subject (1.0 AR-4 audit went to the 監査 domain), so it is new.
  { version: "2.0", domain: D_BUILD, area: A_ARCHITECTURE_2_0, code: "AR-4", nameJa: "ファシリティ・マネジメント", nameEn: "Facility Management", change: "new" },
  { version: "2.0", domain: D_BUILD, area: A_ARCHITECTURE_2_0, code: "AR-5", nameJa: "プロジェクトマネジメント", nameEn: "Project Management", change: "unchanged", from: "AR-5" },
  // 構築 / ICTマネジメント (the 1.0 area コンタクトセンターの情報通信システム, renamed)
  // Judgment call: 1.0 IC-1 was split into IC-1..IC-5; IC-1 (system selection, which opens with the overview of
  // contact-centre ICT systems) is taken as the main continuation, so "renamed"; IC-2..IC-5 are new.
  { version: "2.0", domain: D_BUILD, area: A_ICT_2_0, code: "IC-1", nameJa: "コンタクトセンターシステムの選定", nameEn: "Selecting Contact Centre Systems", change: "renamed", from: "IC-1" },
  { version: "2.0", domain: D_BUILD, area: A_ICT_2_0, code: "IC-2", nameJa: "電話回線の知識", nameEn: "Telephone Line Knowledge", change: "new" },
  { version: "2.0", domain: D_BUILD, area: A_ICT_2_0, code: "IC-3", nameJa: "電話回線数の設定", nameEn: "Sizing Telephone Lines", change: "new" },
  { version: "2.0", domain: D_BUILD, area: A_ICT_2_0, code: "IC-4", nameJa: "主要な情報通信システム", nameEn: "Key ICT Systems", change: "new" },
  { version: "2.0", domain: D_BUILD, area: A_ICT_2_0, code: "IC-5", nameJa: "コンタクトセンターと情報セキュリティ", nameEn: "Contact Centre Information Security", change: "new" },
  { version: "2.0", domain: D_BUILD, area: A_ICT_2_0, code: "IC-6", nameJa: "ITサービスマネジメント", nameEn: "IT Service Management", change: "moved", from: "IC-2" },
  // 監査 / コンタクトセンターの監査
  // Judgment call: 1.0 ST-5 コンタクトセンターの監査 became a whole area (same name) in the new 監査 domain.
  // AU-1 is taken as its continuation ("moved": new domain and code); AU-2..AU-4 are new. The other 1.0 audit
  // competencies (AR-4, OP-8) are listed in CMBOK_DROPPED_FROM_1_0 as merged into this domain.
  { version: "2.0", domain: D_AUDIT, area: A_AUDIT, code: "AU-1", nameJa: "監査の計画と準備", nameEn: "Audit Planning and Preparation", change: "moved", from: "ST-5" },
  { version: "2.0", domain: D_AUDIT, area: A_AUDIT, code: "AU-2", nameJa: "監査の実施", nameEn: "Conducting Audits", change: "new" },
  { version: "2.0", domain: D_AUDIT, area: A_AUDIT, code: "AU-3", nameJa: "監査の報告", nameEn: "Audit Reporting", change: "new" },
  { version: "2.0", domain: D_AUDIT, area: A_AUDIT, code: "AU-4", nameJa: "フォローアップと是正活動", nameEn: "Follow-Up and Corrective Action", change: "new" },
  // ベース / コンタクトセンターの必須職能スキル
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-1", nameJa: "対応の基本", nameEn: "Customer Interaction Basics", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-2", nameJa: "コミュニケーション", nameEn: "Communication", change: "moved", from: "PE-1" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-3", nameJa: "リスニングスキル", nameEn: "Listening Skills", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-4", nameJa: "トークスキル", nameEn: "Speaking Skills", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-5", nameJa: "質問スキル", nameEn: "Questioning Skills", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-6", nameJa: "シンキングスキル", nameEn: "Thinking Skills", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-7", nameJa: "ライティングスキル", nameEn: "Writing Skills", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-8", nameJa: "ヒューマンリレーション", nameEn: "Human Relations", change: "moved", from: "PE-2" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-9", nameJa: "チームワーク", nameEn: "Teamwork", change: "moved", from: "PE-3" },
  // Judgment call: PE-10 リーダーシップ is new; 1.0 PA-2 リーダーシップ・個人の責任 continues unchanged as 2.0 PA-2.
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-10", nameJa: "リーダーシップ", nameEn: "Leadership", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-11", nameJa: "ネゴシエーション", nameEn: "Negotiation", change: "moved", from: "PE-4" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-12", nameJa: "業務の達成", nameEn: "Task Accomplishment", change: "moved", from: "PE-5" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-13", nameJa: "問題解決能力と論理的思考", nameEn: "Problem Solving and Logical Thinking", change: "moved", from: "PE-6" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-14", nameJa: "ロジカル・ライティング", nameEn: "Logical Writing", change: "new" },
  { version: "2.0", domain: D_BASE, area: A_ESSENTIAL_SKILLS, code: "PE-15", nameJa: "統計基礎", nameEn: "Statistics Basics", change: "new" },
  // ベース / PCスキルの基礎
  { version: "2.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-1", nameJa: "コンタクトセンターPCスキル基本", nameEn: "Basic Contact Centre PC Skills", change: "unchanged", from: "PC-1" },
  { version: "2.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-2", nameJa: "文章入力", nameEn: "Text Entry", change: "unchanged", from: "PC-2" },
  { version: "2.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-3", nameJa: "WEBと検索", nameEn: "Web and Search", change: "unchanged", from: "PC-3" },
  { version: "2.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-4", nameJa: "表計算", nameEn: "Spreadsheets", change: "unchanged", from: "PC-4" },
  { version: "2.0", domain: D_BASE, area: A_PC_SKILLS, code: "PC-5", nameJa: "データベース基礎", nameEn: "Database Basics", change: "unchanged", from: "PC-5" },
  // ベース / 職業人としての個人の資質と行動
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-1", nameJa: "顧客サービスの理解", nameEn: "Understanding Customer Service", change: "unchanged", from: "PA-1" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-2", nameJa: "リーダーシップ・個人の責任", nameEn: "Leadership and Personal Responsibility", change: "unchanged", from: "PA-2" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-3", nameJa: "モチベーションの維持", nameEn: "Sustaining Motivation", change: "unchanged", from: "PA-3" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-4", nameJa: "役割と信頼関係の創出", nameEn: "Building Roles and Trust", change: "unchanged", from: "PA-4" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-5", nameJa: "自信", nameEn: "Self-Confidence", change: "unchanged", from: "PA-5" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-6", nameJa: "積極的・前向きな姿勢", nameEn: "Proactive, Positive Attitude", change: "unchanged", from: "PA-6" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-7", nameJa: "忍耐と包容力", nameEn: "Patience and Tolerance", change: "unchanged", from: "PA-7" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-8", nameJa: "学習への意欲", nameEn: "Eagerness to Learn", change: "unchanged", from: "PA-8" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-9", nameJa: "共感力", nameEn: "Empathy", change: "unchanged", from: "PA-9" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-10", nameJa: "創造性", nameEn: "Creativity", change: "unchanged", from: "PA-10" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-11", nameJa: "一貫性", nameEn: "Consistency", change: "unchanged", from: "PA-11" },
  { version: "2.0", domain: D_BASE, area: A_PERSONAL, code: "PA-12", nameJa: "柔軟性", nameEn: "Flexibility", change: "new" },
  // トレーニングとラーニングファシリテーション / ラーニングファシリテーション
  // Judgment call: all new; 1.0 HR-3 トレーニングの実施 still continues unchanged as 2.0 HR-3.
  { version: "2.0", domain: D_TRAINING, area: A_LEARNING, code: "LF-1", nameJa: "ラーニングファシリテーションの基盤", nameEn: "Foundations of Learning Facilitation", change: "new" },
  { version: "2.0", domain: D_TRAINING, area: A_LEARNING, code: "LF-2", nameJa: "研修の企画と評価", nameEn: "Training Design and Evaluation", change: "new" },
  { version: "2.0", domain: D_TRAINING, area: A_LEARNING, code: "LF-3", nameJa: "教授法", nameEn: "Teaching Methods", change: "new" },
  { version: "2.0", domain: D_TRAINING, area: A_LEARNING, code: "LF-4", nameJa: "担当分野における専門性", nameEn: "Subject-Matter Expertise", change: "new" },
];

/** 1.0 competencies that no single 2.0 competency continues. */
export const CMBOK_DROPPED_FROM_1_0: readonly { code: string; nameJa: string; note: string }[] = [
  // Judgment call: 2.0 gathers all auditing into the new 監査 domain (AU-1..AU-4, continuing 1.0 ST-5);
  // 2.0 AR-4 and OP-8 reuse these codes for unrelated subjects.
  {
    code: "AR-4",
    nameJa: "業務と調達プロセスの監査",
    note: "Merged into the new AU-* audit domain (コンタクトセンターの監査); 2.0 AR-4 is now Facility Management.",
  },
  {
    code: "OP-8",
    nameJa: "業務プロセス監査",
    note: "Merged into the new AU-* audit domain (コンタクトセンターの監査); 2.0 OP-8 is now Learning Organisation.",
  },
];
