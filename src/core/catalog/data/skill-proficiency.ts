/**
 * Seed 000 (Customer Service, ITSS V2): skill areas and skill proficiency per
 * specialty field and level, plus "Common to Customer Service" levels 1-2. The
 * knowledge items of the same seed are in skill-knowledge.ts.
 *
 * English is the source text with OCR noise removed (line breaks joined, page
 * headers dropped, stray spacing fixed); wording, including the source's own
 * slips, is kept as published. Japanese is the team's translation.
 * Level cells that are empty in the source (all of level 7, and level 6 outside
 * Facility management) have no entry.
 *
 * The source notes: "This document refers to PMBOK® terms. "PMBOK" is a
 * trademark of PMI® registered in the U.S. and other nations."
 */
import type {
  Localized,
  SkillItem,
  SkillItemId,
  SkillProficiency,
} from "../types";

export const SKILL_ITEMS: readonly SkillItem[] = [
  {
    id: "system-maintenance-management",
    name: { en: "System maintenance management", ja: "システム保守管理" },
    common: true,
  },
  {
    id: "technology",
    name: { en: "Technology", ja: "テクノロジ" },
    common: true,
  },
  {
    id: "project-management",
    name: { en: "Project Management", ja: "プロジェクトマネジメント" },
    common: true,
  },
  {
    id: "leadership",
    name: { en: "Leadership", ja: "リーダーシップ" },
    common: true,
  },
  {
    id: "communication",
    name: { en: "Communication", ja: "コミュニケーション" },
    common: true,
  },
  {
    id: "negotiation",
    name: { en: "Negotiation", ja: "ネゴシエーション" },
    common: true,
  },
  {
    id: "hardware-technology",
    name: { en: "Hardware technology", ja: "ハードウェア技術" },
    common: false,
  },
  {
    id: "software-technology",
    name: { en: "Software technology", ja: "ソフトウェア技術" },
    common: false,
  },
  {
    id: "facility-management",
    name: { en: "Facility management", ja: "ファシリティマネジメント" },
    common: false,
  },
];

export const SKILL_PROFICIENCY: readonly SkillProficiency[] = [
  // ---------------------------------------------------------------- Hardware
  {
    field: "hardware",
    skillItem: "system-maintenance-management",
    level: 3,
    description: {
      en: "Able to carry out support for the formulation of system operation management policy, and the major system operation management such as problem management, recovery management, configuration management, change management, and remote maintenance etc., as a member of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのメンバーとして、システム運用管理方針の策定支援、および問題管理、回復管理、構成管理、変更管理、リモートメンテナンスなどの主要なシステム運用管理を実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "system-maintenance-management",
    level: 4,
    description: {
      en: "Able to carry out support for the formulation of system operation management policy, and the major system operation management such as problem management, recovery management, configuration management, change management, and remote maintenance etc., as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、システム運用管理方針の策定支援、および問題管理、回復管理、構成管理、変更管理、リモートメンテナンスなどの主要なシステム運用管理を実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "system-maintenance-management",
    level: 5,
    description: {
      en: "Able to carry out the formulation of system operation management policy for complex system, and the major system operation management such as problem management, recovery management, configuration management, change management, and remote maintenance etc., by leading hardware service team, as a responsible person of hardware service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、ハードウェアサービスチームを率いて、複雑なシステムのシステム運用管理方針の策定、および問題管理、回復管理、構成管理、変更管理、リモートメンテナンスなどの主要なシステム運用管理を実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "technology",
    level: 3,
    description: {
      en: "Able to carry out design, development, installation of business application system, by practicing technical problems solving in the assigned area, as a member of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのメンバーとして、担当領域における技術的問題の解決を実践し、業務アプリケーションシステムの設計、開発、導入を実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "technology",
    level: 4,
    description: {
      en: "Able to perform the whole phases of development, by practicing solving of highly complex technical problems, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを遂行できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "technology",
    level: 5,
    description: {
      en: "Able to perform the whole phases of development, by practicing solving of highly complex technical problems, as a responsible person of hardware service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを遂行できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "project-management",
    level: 3,
    description: {
      en: "Able to carry out either one of major project management on installation and maintenance activity, as a member of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのメンバーとして、導入・保守活動において、主要なプロジェクトマネジメントのいずれかを実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "project-management",
    level: 4,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, etc., on installation and maintenance activity, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、導入・保守活動において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "project-management",
    level: 5,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, etc., on installation and maintenance activity of complex system, as a responsible person of hardware service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、複雑なシステムの導入・保守活動において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "leadership",
    level: 3,
    description: {
      en: "Able to participate in hardware service activity, and able to give advice to less-experienced members, as a member of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのメンバーとして、ハードウェアサービス活動に参加し、経験の浅いメンバーに助言できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "leadership",
    level: 4,
    description: {
      en: "Able to give advise on formulation of system operation management policy, product selection, and formation of installation plan, and able to lead hardware service activities in the assigned area by issuing instructions and orders to hardware service team, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、システム運用管理方針の策定、製品選定、導入計画の立案について助言し、ハードウェアサービスチームに指示・命令を出して担当領域のハードウェアサービス活動を統率できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "leadership",
    level: 5,
    description: {
      en: "Able to lead formulation of system operation management policy, product selection, and formation of installation plan, and to lead all hardware service activities by issuing instructions and orders to hardware service team, as a responsible person of hardware service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、システム運用管理方針の策定、製品選定、導入計画の立案を主導し、ハードウェアサービスチームに指示・命令を出してハードウェアサービス活動全体を統率できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "communication",
    level: 3,
    description: {
      en: "Able to understand team status accurately and to facilitate proper team communication, as a member of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのメンバーとして、チームの状況を正確に把握し、チーム内の適切なコミュニケーションを促進できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "communication",
    level: 4,
    description: {
      en: "Able to perform hardware service activity smoothly by keeping good communication on information technology and system operation management with team members, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、情報技術とシステム運用管理についてチームメンバーと良好なコミュニケーションを保ち、ハードウェアサービス活動を円滑に遂行できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "communication",
    level: 5,
    description: {
      en: "Able to speak about the information technology, and system operation management with the responsible person on customer side, as a responsible person of hardware service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment. In addition, be able to carry out proper 2-Way communication, distribution of information, and process of information with other members of hardware service team.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、顧客側の責任者と情報技術およびシステム運用管理について話し合うことができる。加えて、ハードウェアサービスチームの他のメンバーとの間で、適切な2-Wayコミュニケーション、情報伝達、情報処理を行うことができる。",
    },
  },
  {
    field: "hardware",
    skillItem: "negotiation",
    level: 3,
    description: {
      en: "Able to understand the project team status accurately and to obtain required information and data for the hardware service activities through negotiation, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、プロジェクトチームの状況を正確に把握し、ハードウェアサービス活動に必要な情報やデータを交渉によって入手できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "negotiation",
    level: 4,
    description: {
      en: "Able to set up a goal of system operation management with the hardware service team members, and to make an agreement on technical problems, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、ハードウェアサービスチームのメンバーとシステム運用管理の目標を設定し、技術的問題について合意を形成できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "negotiation",
    level: 5,
    description: {
      en: "Able to set up a goal of system operation management with the responsible person on customer side, and to make an agreement on technical problems based on a logical basis, as a responsible person of hardware service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、顧客側の責任者とシステム運用管理の目標を設定し、技術的問題について論理的な根拠に基づいて合意を形成できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "hardware-technology",
    level: 3,
    description: {
      en: "Able to carry out installation and maintenance activity of systems in the assigned area, by having basic knowledge on hardware technology and system operation management, as a member of hardware service team in main IT component area, or specific industry team.",
      ja: "主要なIT構成要素領域または特定業種チームにおけるハードウェアサービスチームのメンバーとして、ハードウェア技術とシステム運用管理の基礎知識をもとに、担当領域におけるシステムの導入・保守活動を実施できる。",
    },
  },
  {
    field: "hardware",
    skillItem: "hardware-technology",
    level: 4,
    description: {
      en: "Able to carry out the technical guidance on installation and maintenance activity of systems to team members, by having specialty on hardware technology and system operation management, as a leader of hardware service team in main IT component area, or specific industry team.",
      ja: "主要なIT構成要素領域または特定業種チームにおけるハードウェアサービスチームのリーダーとして、ハードウェア技術とシステム運用管理の専門性をもとに、システムの導入・保守活動についてチームメンバーに技術指導を行うことができる。",
    },
  },
  {
    field: "hardware",
    skillItem: "hardware-technology",
    level: 5,
    description: {
      en: "Able to lead technically installation and maintenance activity of complex systems, by having specialty on hardware technology and system operation management, as a responsible person of hardware service in charge of main IT component area, or wide service area, and whole specific industries and equivalent market segments.",
      ja: "主要なIT構成要素領域、広範なサービス領域、および特定業種全体とそれに相当する市場セグメントを担当するハードウェアサービスの責任者として、ハードウェア技術とシステム運用管理の専門性をもとに、複雑なシステムの導入・保守活動を技術面で主導できる。",
    },
  },

  // ---------------------------------------------------------------- Software
  {
    field: "software",
    skillItem: "system-maintenance-management",
    level: 3,
    description: {
      en: "Able to carry out support for the formulation of system operation management policy, and the major system operation management such as problem management, recovery management, configuration management, change management, and remote maintenance etc., as a member of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのメンバーとして、システム運用管理方針の策定支援、および問題管理、回復管理、構成管理、変更管理、リモートメンテナンスなどの主要なシステム運用管理を実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "system-maintenance-management",
    level: 4,
    description: {
      en: "Able to carry out support for the formulation of system operation management policy, and the major system operation management such as problem management, recovery management, configuration management, change management, and remote maintenance etc., as a leader of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのリーダーとして、システム運用管理方針の策定支援、および問題管理、回復管理、構成管理、変更管理、リモートメンテナンスなどの主要なシステム運用管理を実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "system-maintenance-management",
    level: 5,
    description: {
      en: "Able to carry out the formulation of system operation management policy for complex system, and the major system operation management such as problem management, recovery management, configuration management, change management, and remote maintenance etc., by leading software service team, as a responsible person of software service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、ソフトウェアサービスチームを率いて、複雑なシステムのシステム運用管理方針の策定、および問題管理、回復管理、構成管理、変更管理、リモートメンテナンスなどの主要なシステム運用管理を実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "technology",
    level: 3,
    description: {
      en: "Able to carry out design, development, installation of business application system, by practicing technical problems solving in the assigned area, as a member of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのメンバーとして、担当領域における技術的問題の解決を実践し、業務アプリケーションシステムの設計、開発、導入を実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "technology",
    level: 4,
    description: {
      en: "Able to perform the whole phases of development, by practicing solving of highly complex technical problems, as a leader of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのリーダーとして、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを遂行できる。",
    },
  },
  {
    field: "software",
    skillItem: "technology",
    level: 5,
    description: {
      en: "Able to perform the whole phases of development, by practicing solving of highly complex technical problems, as a responsible person of software service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを遂行できる。",
    },
  },
  {
    field: "software",
    skillItem: "project-management",
    level: 3,
    description: {
      en: "Able to carry out either one of major project management on installation and maintenance activity, as a member of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのメンバーとして、導入・保守活動において、主要なプロジェクトマネジメントのいずれかを実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "project-management",
    level: 4,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, etc., on installation and maintenance activity, as a leader of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのリーダーとして、導入・保守活動において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "project-management",
    level: 5,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, etc., on installation and maintenance activity of complex system, as a responsible person of software service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、複雑なシステムの導入・保守活動において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "leadership",
    level: 3,
    description: {
      en: "Able to participate in software service activity, and able to give advice to less-experienced members, as a member of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのメンバーとして、ソフトウェアサービス活動に参加し、経験の浅いメンバーに助言できる。",
    },
  },
  {
    field: "software",
    skillItem: "leadership",
    level: 4,
    description: {
      en: "Able to give advise on formulation of system operation management policy, product selection, and formation of installation plan, and able to lead software service activities in the assigned area by issuing instructions and orders to software service team, as a leader of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのリーダーとして、システム運用管理方針の策定、製品選定、導入計画の立案について助言し、ソフトウェアサービスチームに指示・命令を出して担当領域のソフトウェアサービス活動を統率できる。",
    },
  },
  {
    field: "software",
    skillItem: "leadership",
    level: 5,
    description: {
      en: "Able to lead formulation of system operation management policy, product selection, and formation of installation plan, and to lead all software service activities by issuing instructions and orders to software service team, as a responsible person of software service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、システム運用管理方針の策定、製品選定、導入計画の立案を主導し、ソフトウェアサービスチームに指示・命令を出してソフトウェアサービス活動全体を統率できる。",
    },
  },
  {
    field: "software",
    skillItem: "communication",
    level: 3,
    description: {
      en: "Able to understand team status accurately and to facilitate proper team communication, as a member of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのメンバーとして、チームの状況を正確に把握し、チーム内の適切なコミュニケーションを促進できる。",
    },
  },
  {
    field: "software",
    skillItem: "communication",
    level: 4,
    description: {
      en: "Able to perform software service activity smoothly by keeping good communication on information technology and system operation management with team members, as a leader of software service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するソフトウェアサービスチームのリーダーとして、情報技術とシステム運用管理についてチームメンバーと良好なコミュニケーションを保ち、ソフトウェアサービス活動を円滑に遂行できる。",
    },
  },
  {
    field: "software",
    skillItem: "communication",
    level: 5,
    description: {
      en: "Able to speak about the information technology, and system operation management with the responsible person on customer side, as a responsible person of software service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment. In addition, be able to carry out proper 2-Way communication, distribution of information, and process of information with other members of software service team.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、顧客側の責任者と情報技術およびシステム運用管理について話し合うことができる。加えて、ソフトウェアサービスチームの他のメンバーとの間で、適切な2-Wayコミュニケーション、情報伝達、情報処理を行うことができる。",
    },
  },
  // Source slip kept as published: the Software Negotiation level 3 and 4 cells
  // speak of the "hardware service team" (copied from the Hardware sheet), and
  // level 3 says "as a leader".
  {
    field: "software",
    skillItem: "negotiation",
    level: 3,
    description: {
      en: "Able to understand the project team status accurately and to obtain required information and data for the hardware service activities through negotiation, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、プロジェクトチームの状況を正確に把握し、ハードウェアサービス活動に必要な情報やデータを交渉によって入手できる。",
    },
  },
  {
    field: "software",
    skillItem: "negotiation",
    level: 4,
    description: {
      en: "Able to set up a goal of system operation management with the hardware service team members, and to make an agreement on technical problems, as a leader of hardware service team in charge of major IT component area or wide service area.",
      ja: "主要なIT構成要素領域または広範なサービス領域を担当するハードウェアサービスチームのリーダーとして、ハードウェアサービスチームのメンバーとシステム運用管理の目標を設定し、技術的問題について合意を形成できる。",
    },
  },
  {
    field: "software",
    skillItem: "negotiation",
    level: 5,
    description: {
      en: "Able to set up a goal of system operation management with the responsible person on customer side, and to make an agreement on technical problems based on a logical basis, as a responsible person of software service in charge of major IT component area, wide service area, or whole specific industry or equivalent market segment.",
      ja: "主要なIT構成要素領域、広範なサービス領域、または特定業種全体もしくはそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、顧客側の責任者とシステム運用管理の目標を設定し、技術的問題について論理的な根拠に基づいて合意を形成できる。",
    },
  },
  {
    field: "software",
    skillItem: "software-technology",
    level: 3,
    description: {
      en: "Able to carry out installation and maintenance activity of systems in the assigned area, by having basic knowledge on software technology and system operation management, as a member of software service team in main IT component area, or specific industry team.",
      ja: "主要なIT構成要素領域または特定業種チームにおけるソフトウェアサービスチームのメンバーとして、ソフトウェア技術とシステム運用管理の基礎知識をもとに、担当領域におけるシステムの導入・保守活動を実施できる。",
    },
  },
  {
    field: "software",
    skillItem: "software-technology",
    level: 4,
    description: {
      en: "Able to carry out the technical guidance on installation and maintenance activity of systems to team members, by having specialty on software technology and system operation management, as a leader of software service team in main IT component area, or specific industry team.",
      ja: "主要なIT構成要素領域または特定業種チームにおけるソフトウェアサービスチームのリーダーとして、ソフトウェア技術とシステム運用管理の専門性をもとに、システムの導入・保守活動についてチームメンバーに技術指導を行うことができる。",
    },
  },
  {
    field: "software",
    skillItem: "software-technology",
    level: 5,
    description: {
      en: "Able to lead technically installation and maintenance activity of complex systems, by having specialty on software technology and system operation management, as a responsible person of software service in charge of main IT component area, or wide service area, and whole specific industries and equivalent market segments.",
      ja: "主要なIT構成要素領域、広範なサービス領域、および特定業種全体とそれに相当する市場セグメントを担当するソフトウェアサービスの責任者として、ソフトウェア技術とシステム運用管理の専門性をもとに、複雑なシステムの導入・保守活動を技術面で主導できる。",
    },
  },

  // ----------------------------------------------------- Facility management
  {
    field: "facility-management",
    skillItem: "system-maintenance-management",
    level: 3,
    description: {
      en: "Able to carry out either one of major facility operation management such as problem management, recovery management, configuration management, and change management, and countermeasures against disaster etc., of IT related facility, as a member of facility management team.",
      ja: "ファシリティマネジメントチームのメンバーとして、IT関連施設について、問題管理、回復管理、構成管理、変更管理、災害対策などの主要な施設運用管理のいずれかを実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "system-maintenance-management",
    level: 4,
    description: {
      en: "Able to carry out formulation of policy of complex facility operation management, and major facility operation management such as problem management, recovery management, configuration management, and change management, and countermeasures against disaster etc., of IT related facility, as a leader of facility management team in charge of the small-scale facility.",
      ja: "小規模施設を担当するファシリティマネジメントチームのリーダーとして、IT関連施設について、複雑な施設運用管理の方針策定、および問題管理、回復管理、構成管理、変更管理、災害対策などの主要な施設運用管理を実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "system-maintenance-management",
    level: 5,
    description: {
      en: "Able to carry out formulation of policy of complex facility operation management, and major facility operation management such as problem management, recovery management, configuration management, and change management, and countermeasures against disaster etc., of IT related facility, as a responsible person of facility management in charge of the mid-scale facility.",
      ja: "中規模施設を担当するファシリティマネジメントの責任者として、IT関連施設について、複雑な施設運用管理の方針策定、および問題管理、回復管理、構成管理、変更管理、災害対策などの主要な施設運用管理を実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "system-maintenance-management",
    level: 6,
    description: {
      en: "Able to carry out formulation of policy of highly complex facility operation management, and major facility operation management such as problem management, recovery management, configuration management, and change management, and countermeasures against disaster etc., of IT related facility, by leading facility management team, as a responsible person of facility management in charge of the large-scale facility.",
      ja: "大規模施設を担当するファシリティマネジメントの責任者として、ファシリティマネジメントチームを率いて、IT関連施設について、非常に複雑な施設運用管理の方針策定、および問題管理、回復管理、構成管理、変更管理、災害対策などの主要な施設運用管理を実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "technology",
    level: 3,
    description: {
      en: "Able to carry out design, development, installation of business application system, by practicing technical problems solving in the assigned area, as a member of facility team.",
      ja: "ファシリティチームのメンバーとして、担当領域における技術的問題の解決を実践し、業務アプリケーションシステムの設計、開発、導入を実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "technology",
    level: 4,
    description: {
      en: "Able to perform the whole phases of development, by practicing solving of highly complex technical problems, as a responsible person of facility management in the small-scale facility.",
      ja: "小規模施設におけるファシリティマネジメントの責任者として、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを遂行できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "technology",
    level: 5,
    description: {
      en: "Able to perform the whole phases of development, by practicing solving of highly complex technical problems, as a responsible person of facility management in the mid-scale facility.",
      ja: "中規模施設におけるファシリティマネジメントの責任者として、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを遂行できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "technology",
    level: 6,
    description: {
      en: "Able to lead the whole phases of development, by practicing solving of highly complex technical problems, as a responsible person of facility management in the large-scale facility.",
      ja: "大規模施設におけるファシリティマネジメントの責任者として、非常に複雑な技術的問題の解決を実践し、開発の全フェーズを主導できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "project-management",
    level: 3,
    description: {
      en: "Able to carry out either one of major project management such as formulation of project plan, definition of work, risk management, progress management, change management, profit management, and site management, etc., on design, construction, management, and maintenance of facility in the assigned area, as a member of facility team.",
      ja: "ファシリティチームのメンバーとして、担当領域における施設の設計、施工、管理、保守において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理、収益管理、現場管理などの主要なプロジェクトマネジメントのいずれかを実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "project-management",
    level: 4,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, profit management, and site management, etc., on design, construction, management, and maintenance of facility, as a responsible person of facility management in the small-scale facility or equivalent or larger scale subproject.",
      ja: "小規模施設またはそれと同等以上の規模のサブプロジェクトにおけるファシリティマネジメントの責任者として、施設の設計、施工、管理、保守において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理、収益管理、現場管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "project-management",
    level: 5,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, profit management, and site management, etc., on design, construction, management, and maintenance of facility, as a responsible person of facility management in the mid-scale facility or equivalent or larger scale subproject.",
      ja: "中規模施設またはそれと同等以上の規模のサブプロジェクトにおけるファシリティマネジメントの責任者として、施設の設計、施工、管理、保守において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理、収益管理、現場管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "project-management",
    level: 6,
    description: {
      en: "Able to carry out major project management such as formulation of project plan, definition of work, risk management, progress management, change management, profit management, and site management, etc., on design, construction, management, and maintenance of highly complex facility, as a responsible person of facility management in the large-scale facility.",
      ja: "大規模施設におけるファシリティマネジメントの責任者として、非常に複雑な施設の設計、施工、管理、保守において、プロジェクト計画の策定、作業の定義、リスク管理、進捗管理、変更管理、収益管理、現場管理などの主要なプロジェクトマネジメントを実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "leadership",
    level: 3,
    description: {
      en: "Able to participate in facility management activity, and to give advice to less-experienced members, as a member of facility team.",
      ja: "ファシリティチームのメンバーとして、ファシリティマネジメント活動に参加し、経験の浅いメンバーに助言できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "leadership",
    level: 4,
    description: {
      en: "Able to lead formulation of system operation management policy, product selection, and formation of installation plan in user side, and to lead facility management activities in the assigned area, by issuing instructions and orders to facility management team, as a leader of facility management team in the small-scale facility.",
      ja: "小規模施設におけるファシリティマネジメントチームのリーダーとして、ユーザー側におけるシステム運用管理方針の策定、製品選定、導入計画の立案を主導し、ファシリティマネジメントチームに指示・命令を出して担当領域のファシリティマネジメント活動を統率できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "leadership",
    level: 5,
    description: {
      en: "Able to lead formulation of system operation management policy, product selection, and formation of installation plan in user side, and to lead facility management activities in the assigned area, by issuing instructions and orders to facility management team, as a responsible person of facility management in the mid-scale facility.",
      ja: "中規模施設におけるファシリティマネジメントの責任者として、ユーザー側におけるシステム運用管理方針の策定、製品選定、導入計画の立案を主導し、ファシリティマネジメントチームに指示・命令を出して担当領域のファシリティマネジメント活動を統率できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "leadership",
    level: 6,
    description: {
      en: "Able to lead formulation of system operation management policy, product selection, and formation of installation plan in user side, and to lead all facility management activities, by ensuring business strategy and activity policy to whole facility management team, as a responsible person of facility management in the large-scale facility.",
      ja: "大規模施設におけるファシリティマネジメントの責任者として、ユーザー側におけるシステム運用管理方針の策定、製品選定、導入計画の立案を主導し、ファシリティマネジメントチーム全体に事業戦略と活動方針を徹底させて、ファシリティマネジメント活動全体を統率できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "communication",
    level: 3,
    description: {
      en: "Able to understand team status accurately and to facilitate proper team communication, as a member of facility team.",
      ja: "ファシリティチームのメンバーとして、チームの状況を正確に把握し、チーム内の適切なコミュニケーションを促進できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "communication",
    level: 4,
    description: {
      en: "Able to perform smooth facility management activity by keeping good communication on information technology and facility operation management with team members, as a team leader of facility management team in the small-scale facility.",
      ja: "小規模施設におけるファシリティマネジメントチームのチームリーダーとして、情報技術と施設運用管理についてチームメンバーと良好なコミュニケーションを保ち、ファシリティマネジメント活動を円滑に遂行できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "communication",
    level: 5,
    description: {
      en: "Able to speak about the information technology and facility operation management with the responsible person on customer side, as a responsible person of facility management in the mid-scale facility, In addition be able to carry out proper 2-Way communication, distribution of information, and process of information with facility management team members.",
      ja: "中規模施設におけるファシリティマネジメントの責任者として、顧客側の責任者と情報技術および施設運用管理について話し合うことができる。加えて、ファシリティマネジメントチームのメンバーとの間で、適切な2-Wayコミュニケーション、情報伝達、情報処理を行うことができる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "communication",
    level: 6,
    description: {
      en: "Able to speak about the information technology and facility operation management with the responsible person on customer side, as a responsible person of facility management in the large-scale facility, In addition be able to carry out proper 2-Way communication, distribution of information, and process of information with facility management team members.",
      ja: "大規模施設におけるファシリティマネジメントの責任者として、顧客側の責任者と情報技術および施設運用管理について話し合うことができる。加えて、ファシリティマネジメントチームのメンバーとの間で、適切な2-Wayコミュニケーション、情報伝達、情報処理を行うことができる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "negotiation",
    level: 3,
    description: {
      en: "Able to obtain required information and data for the facility management activities through negotiation, by understanding the project team status accurately, as a member of facility team.",
      ja: "ファシリティチームのメンバーとして、プロジェクトチームの状況を正確に把握し、ファシリティマネジメント活動に必要な情報やデータを交渉によって入手できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "negotiation",
    level: 4,
    description: {
      en: "Able to set up a goal of facility operation management with the facility management team members, and to make an agreement on technical problems, as a responsible person of facility management in the small-scale facility.",
      ja: "小規模施設におけるファシリティマネジメントの責任者として、ファシリティマネジメントチームのメンバーと施設運用管理の目標を設定し、技術的問題について合意を形成できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "negotiation",
    level: 5,
    description: {
      en: "Able to set up a goal of facility operation management with the responsible person on customer side and to make an agreement on technical problems based on a logical basis, as a responsible person of facility management in the mid-scale facility. In addition, able to complete complex and difficult contract negotiations with partner company.",
      ja: "中規模施設におけるファシリティマネジメントの責任者として、顧客側の責任者と施設運用管理の目標を設定し、技術的問題について論理的な根拠に基づいて合意を形成できる。加えて、協力会社との複雑で難しい契約交渉をまとめることができる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "negotiation",
    level: 6,
    description: {
      en: "Able to set up a goal of facility operation management with the responsible person on customer side, and to make an agreement on technical problems based on a logical basis, as a responsible person of facility management in the large-scale facility, In addition, able to complete complex and difficult contract negotiations with partner company.",
      ja: "大規模施設におけるファシリティマネジメントの責任者として、顧客側の責任者と施設運用管理の目標を設定し、技術的問題について論理的な根拠に基づいて合意を形成できる。加えて、協力会社との複雑で難しい契約交渉をまとめることができる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "facility-management",
    level: 3,
    description: {
      en: "Able to carry out design, construction, management, and maintenance activity of facilities in the assigned area, by having basic knowledge on facility operation management and facility management technology, as a member of facility team.",
      ja: "ファシリティチームのメンバーとして、施設運用管理とファシリティマネジメント技術の基礎知識をもとに、担当領域における施設の設計、施工、管理、保守の活動を実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "facility-management",
    level: 4,
    description: {
      en: "Able to carry out design, construction, management, and maintenance activity of facilities, by having specialty on facility operation management and facility management technology, as a responsible person of facility management in the small-scale facility.",
      ja: "小規模施設におけるファシリティマネジメントの責任者として、施設運用管理とファシリティマネジメント技術の専門性をもとに、施設の設計、施工、管理、保守の活動を実施できる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "facility-management",
    level: 5,
    description: {
      en: "Able to carry out technical guidance for team members about design, construction, management, and maintenance activity of complex facilities, by having specialty on facility operation management and facility management technology, as a responsible person of facility management in the mid-scale facility. In addition, holds related certified qualifications and able to carry out the professional activities in external community activities, treatise or technical report writing and lectures.",
      ja: "中規模施設におけるファシリティマネジメントの責任者として、施設運用管理とファシリティマネジメント技術の専門性をもとに、複雑な施設の設計、施工、管理、保守の活動についてチームメンバーに技術指導を行うことができる。加えて、関連する公的資格を保有し、社外のコミュニティ活動、論文・技術報告の執筆、講演などの専門的な活動を行うことができる。",
    },
  },
  {
    field: "facility-management",
    skillItem: "facility-management",
    level: 6,
    description: {
      en: "Able to lead technically design, construction, management, and maintenance activity of highly complex facilities, by having outstanding specialty on facility management technology and facility operation management, as a responsible person of facility management in the large-scale facility. In addition, holds related certified qualifications and able to carry out the professional activities in external community activities, treatise or technical report writing and lectures.",
      ja: "大規模施設におけるファシリティマネジメントの責任者として、ファシリティマネジメント技術と施設運用管理に関する卓越した専門性をもとに、非常に複雑な施設の設計、施工、管理、保守の活動を技術面で主導できる。加えて、関連する公的資格を保有し、社外のコミュニティ活動、論文・技術報告の執筆、講演などの専門的な活動を行うことができる。",
    },
  },

  // ------------------------------------- Common to Customer Service (L1-2)
  // The common levels describe the six career-common skill items only.
  {
    field: "common",
    skillItem: "system-maintenance-management",
    level: 1,
    description: {
      en: "Able to participate in a part of operation management business application in the assigned area, by understanding a part of main operation management details such as problem management, recovery management, composition management and change management, etc, as a member of customer service team follows project plan created by a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家が作成したプロジェクト計画に従うカスタマサービスチームのメンバーとして、問題管理、回復管理、構成管理、変更管理などの主要な運用管理の内容の一部を理解し、担当領域における運用管理業務の一部に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "system-maintenance-management",
    level: 2,
    description: {
      en: "Able to participate in series of operation management business application in the assigned area, by understanding main operation management details such as problem management, recovery management, composition management and change management, etc, as a member of customer service team follows project plan created by a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家が作成したプロジェクト計画に従うカスタマサービスチームのメンバーとして、問題管理、回復管理、構成管理、変更管理などの主要な運用管理の内容を理解し、担当領域における一連の運用管理業務に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "technology",
    level: 1,
    description: {
      en: "Able to grasp the status of technical problem occurrence, and explain the reason for selecting applicable technology, and latest technology trend in the assigned area, as a member of customer service team under guidance of a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家の指導の下、カスタマサービスチームのメンバーとして、技術的問題の発生状況を把握し、担当領域における適用技術の選定理由および最新の技術動向を説明できる。",
    },
  },
  {
    field: "common",
    skillItem: "technology",
    level: 2,
    description: {
      en: "Able to practice technical problems solving by using known knowledge, and to explain about selection reason of latest technology trends and application technology in the assigned area, as a member of customer service team under guidance of a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家の指導の下、カスタマサービスチームのメンバーとして、既知の知識を用いて技術的問題の解決を実践し、担当領域における最新の技術動向および適用技術の選定理由を説明できる。",
    },
  },
  {
    field: "common",
    skillItem: "project-management",
    level: 1,
    description: {
      en: "Able to participate in a part of customer service activities in the assigned area, by understanding the main project management details such as work definition, risk management, progress management, change management, project reporting, etc. as a member of customer service team by following project plan created by a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家が作成したプロジェクト計画に従い、カスタマサービスチームのメンバーとして、作業の定義、リスク管理、進捗管理、変更管理、プロジェクト報告などの主要なプロジェクトマネジメントの内容を理解し、担当領域におけるカスタマサービス活動の一部に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "project-management",
    level: 2,
    description: {
      en: "Able to participate in series of customer service activities in the assigned area, by understanding the main project management details such as definition of work, risk management, progress management, change management, project reporting, etc, as a member of customer service team by following project plan created by a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家が作成したプロジェクト計画に従い、カスタマサービスチームのメンバーとして、作業の定義、リスク管理、進捗管理、変更管理、プロジェクト報告などの主要なプロジェクトマネジメントの内容を理解し、担当領域における一連のカスタマサービス活動に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "leadership",
    level: 1,
    description: {
      en: "Able to participate in a part of customer service activities, in the assigned area, by understanding fundamental nature, such as teamwork, responsibility, and power of execution, etc, necessary to join the project as a team member, as a member of customer service team under guidance of a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家の指導の下、カスタマサービスチームのメンバーとして、チームワーク、責任感、実行力など、チームの一員としてプロジェクトに参加するために必要な基本的資質を理解し、担当領域におけるカスタマサービス活動の一部に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "leadership",
    level: 2,
    description: {
      en: "Able to participate in series of customer service activities, in the assigned area, by demonstrating fundamental nature, such as teamwork, responsibility, and power of execution, etc, necessary to join the project as a team member, as a member of customer service team under guidance of a higher-level specialist in the same job career category.",
      ja: "同一職種の上位レベルの専門家の指導の下、カスタマサービスチームのメンバーとして、チームワーク、責任感、実行力など、チームの一員としてプロジェクトに参加するために必要な基本的資質を発揮し、担当領域における一連のカスタマサービス活動に参加できる。",
    },
  },
  // The source gives the same text for Communication levels 1 and 2.
  {
    field: "common",
    skillItem: "communication",
    level: 1,
    description: {
      en: "Able to participate in a series of customer service activity by basic 2Way communication, information technology, distribution of information, and process of information necessary to exchange technical information on customer service activity with team members, and users, as a member of customer team.",
      ja: "カスタマチームのメンバーとして、カスタマサービス活動に関する技術情報をチームメンバーやユーザーと交換するために必要な、基本的な2-Wayコミュニケーション、情報技術、情報伝達、情報処理によって、一連のカスタマサービス活動に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "communication",
    level: 2,
    description: {
      en: "Able to participate in a series of customer service activity by basic 2Way communication, information technology, distribution of information, and process of information necessary to exchange technical information on customer service activity with team members, and users, as a member of customer team.",
      ja: "カスタマチームのメンバーとして、カスタマサービス活動に関する技術情報をチームメンバーやユーザーと交換するために必要な、基本的な2-Wayコミュニケーション、情報技術、情報伝達、情報処理によって、一連のカスタマサービス活動に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "negotiation",
    level: 1,
    description: {
      en: "Able to participate in one part of customer service activity in the assigned area, by demonstrating fundamental nature such as establishing trust relationship, setting up goals, logical thinking, etc, as a member of customer team.",
      ja: "カスタマチームのメンバーとして、信頼関係の構築、目標設定、論理的思考などの基本的資質を発揮し、担当領域におけるカスタマサービス活動の一部に参加できる。",
    },
  },
  {
    field: "common",
    skillItem: "negotiation",
    level: 2,
    description: {
      en: "Able to participate in a series of customer service activity in the assigned area, by demonstrating fundamental nature such as establishing trust relationship, setting up goals, logical thinking, etc, necessary to work on technical problems solutions, as a member of customer team.",
      ja: "カスタマチームのメンバーとして、技術的問題の解決に取り組むために必要な、信頼関係の構築、目標設定、論理的思考などの基本的資質を発揮し、担当領域における一連のカスタマサービス活動に参加できる。",
    },
  },
];
