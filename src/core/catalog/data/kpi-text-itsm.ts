/**
 * ITSS V3 Key Performance Indicators of the IT Service Management job category,
 * transcribed from seed 003 (OCR of the published PDF, cleaned).
 *
 * English: the seed's text with OCR noise removed and split lines joined.
 * Japanese: the team's own translation.
 * Order: operations-management 3..7, system-management 3..6, operations 3..4, service-desk 3..4.
 */

import type { KpiText, Localized } from "../types";

export const IT_SERVICE_MANAGEMENT_KPI_TEXT: readonly KpiText[] = [
  // ---------------------------------------------------------------------------
  // Operations Management
  // ---------------------------------------------------------------------------
  {
    category: "it-service-management",
    field: "operations-management",
    level: 3,
    edition: "V3",
    summary: {
      en: "Operations management team member working under set management procedures.",
      ja: "運用管理チームのメンバーとして、定められた管理手順のもとで運用管理業務を行う",
    },
    responsibilities: {
      en: "Has experience and performance of implementing operations management job under designated management system and control procedure and etc. for one or more years, as a member of operations management team in phases of planning and implementation in IT service management (Equivalent to the complexity and size of Level 3 or above)",
      ja: "ITサービスマネジメントの計画および実施の局面において、運用管理チームのメンバーとして、定められた管理体制や管理手順などのもとで運用管理業務を実施した経験と実績を1年以上有する（レベル3以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving successful results in operations management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たす運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced operating requirements (performance requirements, security requirements, technical requirements, running operation requirements)",
          ja: "高度な運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Advanced infrastructure requirement (multi-platform, multi-vendor, global optimum)",
          ja: "高度な基盤要件（マルチプラットフォーム、マルチベンダー、全体最適）",
        },
        {
          en: "Advanced system link (information system affecting society related to confidentiality, assurance, and availability)",
          ja: "高度なシステム連携（機密性、確実性、可用性の面で社会に影響を及ぼす情報システム）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Not specified.",
        ja: "規定なし。",
      },
      items: [],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT service management area to perform assigned task by him/her-self.",
        ja: "以下のITサービスマネジメント領域において、割り当てられた業務を自ら遂行できる高度な専門性を有する。",
      },
      items: [
        { en: "Service level management", ja: "サービスレベル管理" },
        { en: "Risk preventive measures", ja: "リスクの予防策" },
        { en: "Stable Service provision", ja: "安定したサービスの提供" },
        { en: "Negotiation with relevant department", ja: "関連部門との折衝" },
        { en: "Formulation of operational guidelines", ja: "運用ガイドラインの策定" },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格した者は、ITSSレベル3に求められる最低限の能力を有するものとみなされる。",
      },
    ],
  },
  {
    category: "it-service-management",
    field: "operations-management",
    level: 4,
    edition: "V3",
    summary: {
      en: "Leads members of an operations management team in planning and running IT services.",
      ja: "運用管理チームのリーダーとして、ITサービスの計画と実施においてメンバーを率いる",
    },
    responsibilities: {
      en: "Leads members, as a leader of operations management team in planning and implementation of IT service management. Assures customer satisfaction, security, reliability, and effectiveness in operations management, based service level agreements, and has successful experience and performance of providing service with optimal costs for 2 years or more (Equivalent to the complexity and size of Level 4 or above).",
      ja: "ITサービスマネジメントの計画および実施において、運用管理チームのリーダーとしてメンバーをリードする。サービスレベル合意に基づいて運用管理における顧客満足、安全性、信頼性、有効性を確保し、最適なコストでサービスを提供して成功を収めた経験と実績を2年以上有する（レベル4以上の複雑性および規模に相当）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in operations management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たす運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced operating requirements (performance requirements, security requirements, technical requirements, running operation requirements)",
          ja: "高度な運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Advanced infrastructure requirement (multi-platform, multi-vendor, global optimum)",
          ja: "高度な基盤要件（マルチプラットフォーム、マルチベンダー、全体最適）",
        },
        {
          en: "Advanced system link (information system affecting society related to confidentiality, assurance, and availability)",
          ja: "高度なシステム連携（機密性、確実性、可用性の面で社会に影響を及ぼす情報システム）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in operations management with either one of the following size.",
        ja: "以下のいずれかの規模の運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 35 persons or more, or an annual contract value of 350 million yen or more",
          ja: "要員35名以上、または年間契約金額3億5,000万円以上のプロジェクト",
        },
        {
          en: "Project with 15 or more but less than 35 persons, or an annual contract value of 150 million or more but less than 350 million yen, and with four or more of above complexity criteria.",
          ja: "要員15名以上35名未満、または年間契約金額1億5,000万円以上3億5,000万円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT service management area sufficient to guide subordinates",
        ja: "以下のITサービスマネジメント領域において、部下を指導できる高度な専門性を有する",
      },
      items: [
        { en: "Service level management", ja: "サービスレベル管理" },
        { en: "Risk preventive measures", ja: "リスクの予防策" },
        { en: "Stable Service provision", ja: "安定したサービスの提供" },
        { en: "Negotiation with relevant department", ja: "関連部門との折衝" },
        { en: "Formulation of operational guidelines", ja: "運用ガイドラインの策定" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in one or more items of expertise succession for IT service management.",
        ja: "ITサービスマネジメントに関する技術の継承において、1項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },
  {
    category: "it-service-management",
    field: "operations-management",
    level: 5,
    edition: "V3",
    summary: {
      en: "Responsible for IT service management; leads the team to stable, SLA-based operation.",
      ja: "ITサービスマネジメントの責任者として、SLAに基づく安定稼働に向けてチームを率いる",
    },
    responsibilities: {
      en: "Has the responsibility for stable operation and leads IT service management team, as a person responsible for IT service management in phases of planning and implementation of IT service management. Assures customer satisfaction, security, reliability, and effectiveness in operations management, based service level agreements, and has successful experience and performance of providing service with optimal costs for 3 years or more (Equivalent to the complexity and size of Level 5 or above).",
      ja: "ITサービスマネジメントの計画および実施の局面において、ITサービスマネジメントの責任者として安定稼働に責任を持ち、ITサービスマネジメントチームをリードする。サービスレベル合意に基づいて運用管理における顧客満足、安全性、信頼性、有効性を確保し、最適なコストでサービスを提供して成功を収めた経験と実績を3年以上有する（レベル5以上の複雑性および規模に相当）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in operations management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たす運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced operating requirements (performance requirements, security requirements, technical requirements, running operation requirements)",
          ja: "高度な運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Advanced infrastructure requirement (multi-platform, multi-vendor, global optimum)",
          ja: "高度な基盤要件（マルチプラットフォーム、マルチベンダー、全体最適）",
        },
        {
          en: "Advanced system link (information system affecting society related to confidentiality, assurance, and availability)",
          ja: "高度なシステム連携（機密性、確実性、可用性の面で社会に影響を及ぼす情報システム）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in operations management with either one of the following size.",
        ja: "以下のいずれかの規模の運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 75 persons or more, or an annual contract value of 750 million yen or more",
          ja: "要員75名以上、または年間契約金額7億5,000万円以上のプロジェクト",
        },
        {
          en: "Project with 35 or more but less than 75 persons, or an annual contract value of 350 million or more but less than 750 million yen, and with four or more of above complexity criteria.",
          ja: "要員35名以上75名未満、または年間契約金額3億5,000万円以上7億5,000万円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT service management area sufficient to guide others and contributes to the company",
        ja: "以下のITサービスマネジメント領域において、他者を指導できる高度な専門性を有し、社内に貢献している",
      },
      items: [
        { en: "Service level management", ja: "サービスレベル管理" },
        { en: "Risk preventive measures", ja: "リスクの予防策" },
        { en: "Stable Service provision", ja: "安定したサービスの提供" },
        { en: "Negotiation with relevant department", ja: "関連部門との折衝" },
        { en: "Formulation of operational guidelines", ja: "運用ガイドラインの策定" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of three items or more of expertise succession for IT service management.",
        ja: "ITサービスマネジメントに関する技術の継承において、3項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },
  {
    category: "it-service-management",
    field: "operations-management",
    level: 6,
    edition: "V3",
    summary: {
      en: "Responsible for customers' IT service management; leads the IT service management team.",
      ja: "顧客向けITサービスマネジメントの責任者として、ITサービスマネジメントチームを率いる",
    },
    responsibilities: {
      en: "Has the responsibility for stable operation and leads IT service management team, as a person responsible for IT service management for customers in phases of planning and implementation of IT service management. Assures customer satisfaction, security, reliability, and effectiveness in IT service management, based service level agreements, and has successful experience and performance of providing service with optimal costs for 3 years or more (Equivalent to the complexity and size of Level 6 or above).",
      ja: "ITサービスマネジメントの計画および実施の局面において、顧客に対するITサービスマネジメントの責任者として安定稼働に責任を持ち、ITサービスマネジメントチームをリードする。サービスレベル合意に基づいてITサービスマネジメントにおける顧客満足、安全性、信頼性、有効性を確保し、最適なコストでサービスを提供して成功を収めた経験と実績を3年以上有する（レベル6以上の複雑性および規模に相当）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in operations management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たす運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "International operations management (critical environment in cultural, social, international and political aspects)",
          ja: "国際的な運用管理（文化、社会、国際、政治の面で厳しい環境）",
        },
        {
          en: "Internationally advanced operations management",
          ja: "国際的に高度な運用管理",
        },
        {
          en: "Advanced operations requirements (performance requirements, security requirements, technical requirements, running operation requirements)",
          ja: "高度な運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Advanced infrastructure requirements (multi-platform, multi-vendor, global optimum)",
          ja: "高度な基盤要件（マルチプラットフォーム、マルチベンダー、全体最適）",
        },
        {
          en: "Advanced system link (information system affecting society related to confidentiality, assurance, and availability)",
          ja: "高度なシステム連携（機密性、確実性、可用性の面で社会に影響を及ぼす情報システム）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in operations management with either one of the following size.",
        ja: "以下のいずれかの規模の運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 150 persons or more, or an annual contract value of 1.5 billion yen or more",
          ja: "要員150名以上、または年間契約金額15億円以上のプロジェクト",
        },
        {
          en: "Project with 75 or more but less than 150 persons, or an annual contract value of 750 million or more but less than 1.5 billion yen, and with four or more of above complexity criteria.",
          ja: "要員75名以上150名未満、または年間契約金額7億5,000万円以上15億円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT service management area sufficient to guide others and contributes to the industry",
        ja: "以下のITサービスマネジメント領域において、他者を指導できる高度な専門性を有し、業界に貢献している",
      },
      items: [
        { en: "Service level management", ja: "サービスレベル管理" },
        { en: "Risk preventive measures", ja: "リスクの予防策" },
        { en: "Stable Service provision", ja: "安定したサービスの提供" },
        { en: "Negotiation with relevant department", ja: "関連部門との折衝" },
        { en: "Formulation of operational guidelines", ja: "運用ガイドラインの策定" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of four items or more of expertise succession for IT service management.",
        ja: "ITサービスマネジメントに関する技術の継承において、4項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },
  {
    category: "it-service-management",
    field: "operations-management",
    level: 7,
    edition: "V3",
    summary: {
      en: "Heads the whole of IT service management for customers; leads the service management team.",
      ja: "顧客向けITサービスマネジメント全体の責任者として、サービスマネジメントチームを率いる",
    },
    responsibilities: {
      en: "Has the responsibility for stable operation and leads service management team, as a person responsible for the whole of IT service management for customers in phases of planning and implementation of IT service management. Assures customer satisfaction, security, reliability, and effectiveness in IT service management, based service level agreements, and has successful experience and performance of providing service with optimal costs for 3 years or more (Equivalent to the complexity and size of Level 7 or above).",
      ja: "ITサービスマネジメントの計画および実施の局面において、顧客に対するITサービスマネジメント全体の責任者として安定稼働に責任を持ち、サービスマネジメントチームをリードする。サービスレベル合意に基づいてITサービスマネジメントにおける顧客満足、安全性、信頼性、有効性を確保し、最適なコストでサービスを提供して成功を収めた経験と実績を3年以上有する（レベル7以上の複雑性および規模に相当）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving successful results in operations management with three or more of following complexity criteria. (International operations management is required)",
        ja: "以下の複雑性指標のうち3項目以上を満たす運用管理において、成功を収めた経験と実績を有する（国際的な運用管理は必須）。",
      },
      items: [
        {
          en: "International operations management (severe, cultural, social, international and political circumstances)",
          ja: "国際的な運用管理（厳しい文化的、社会的、国際的、政治的状況）",
        },
        {
          en: "Internationally advanced operations management",
          ja: "国際的に高度な運用管理",
        },
        {
          en: "Advanced operations requirements (performance requirements, security requirements, technical requirements, running operation requirements)",
          ja: "高度な運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Advanced infrastructure requirements (multi-platform, multi-vendor, global optimum)",
          ja: "高度な基盤要件（マルチプラットフォーム、マルチベンダー、全体最適）",
        },
        {
          en: "Advanced system link (information system affecting society related to confidentiality, assurance, and availability)",
          ja: "高度なシステム連携（機密性、確実性、可用性の面で社会に影響を及ぼす情報システム）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving successful results in operations management with either one of the following size.",
        ja: "以下のいずれかの規模の運用管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 250 persons or more, or an annual contract value of 2.5 billion yen or more",
          ja: "要員250名以上、または年間契約金額25億円以上のプロジェクト",
        },
        {
          en: "Project with 150 or more but less than 250 persons, or an annual contract value of 1.5 billion or more but less than 2.5 billion yen, and with five or more of above complexity criteria.",
          ja: "要員150名以上250名未満、または年間契約金額15億円以上25億円未満のプロジェクトで、上記の複雑性指標のうち5項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT service management area sufficient to guide others and leads the industry",
        ja: "以下のITサービスマネジメント領域において、他者を指導できる高度な専門性を有し、業界をリードしている",
      },
      items: [
        { en: "Service level management", ja: "サービスレベル管理" },
        { en: "Risk preventive measures", ja: "リスクの予防策" },
        { en: "Stable Service provision", ja: "安定したサービスの提供" },
        { en: "Negotiation with relevant department", ja: "関連部門との折衝" },
        { en: "Formulation of operational guidelines", ja: "運用ガイドラインの策定" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of five items or more for following expertise succession of IT service management.",
        ja: "以下のITサービスマネジメントに関する技術の継承において、5項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },

  // ---------------------------------------------------------------------------
  // System Management
  // ---------------------------------------------------------------------------
  {
    category: "it-service-management",
    field: "system-management",
    level: 3,
    edition: "V3",
    summary: {
      en: "System management team member working under set management procedures.",
      ja: "システム管理チームのメンバーとして、定められた管理手順のもとでシステム管理業務を行う",
    },
    responsibilities: {
      en: "Has continuous experience and performance of implementing system management operation under designated management system and control procedure and etc. for one or more years, as a member of system management team in phases of implementation for IT service management (Equivalent to complexity and size of Level 3 or above)",
      ja: "ITサービスマネジメントの実施の局面において、システム管理チームのメンバーとして、定められた管理体制や管理手順などのもとでシステム管理業務を継続して実施した経験と実績を1年以上有する（レベル3以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of implementing continuously success in system management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすシステム管理において、継続して成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced system operational requirements (performance requirement, security requirement, technical requirement, running operation requirement)",
          ja: "高度なシステム運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Complex operating system (multi-platform, multivendor, high availability)",
          ja: "複雑な稼働システム（マルチプラットフォーム、マルチベンダー、高可用性）",
        },
        {
          en: "Advanced application requirement (performance, failure measures, security, operation and maintenance)",
          ja: "高度なアプリケーション要件（性能、障害対策、セキュリティ、運用・保守）",
        },
        {
          en: "Structure (complex cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions and completion conditions",
          ja: "複雑な契約条件および完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Not specified.",
        ja: "規定なし。",
      },
      items: [],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following system management area to perform assigned task by him/her-self",
        ja: "以下のシステム管理領域において、割り当てられた業務を自ら遂行できる高度な専門性を有する",
      },
      items: [
        { en: "Operational control of IT Service management", ja: "ITサービスマネジメントの運用統制" },
        { en: "Application management", ja: "アプリケーション管理" },
        { en: "System platform management", ja: "システム基盤管理" },
        { en: "Database management", ja: "データベース管理" },
        { en: "Network management", ja: "ネットワーク管理" },
        { en: "Security", ja: "セキュリティ" },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格した者は、ITSSレベル3に求められる最低限の能力を有するものとみなされる。",
      },
    ],
  },
  {
    category: "it-service-management",
    field: "system-management",
    level: 4,
    edition: "V3",
    summary: {
      en: "Leads members of a system management team building and maintaining IT infrastructure.",
      ja: "システム管理チームのリーダーとして、ITインフラの構築と保守管理においてメンバーを率いる",
    },
    responsibilities: {
      en: "Leads members, as a leader of system management team in phases of planning and implementation for IT service management. Has experience in design and construction of common operating environment, and creation and assessment of system acceptance criteria related to IT infrastructure to achieve service level objectives agreed upon SLA. In addition, has experience and performance of achieving successful results of maintenance management for common operating environment including failure handling, configuration change and operating analysis for 2 years or more (equivalent to complexity and size of Level 4 or above).",
      ja: "ITサービスマネジメントの計画および実施の局面において、システム管理チームのリーダーとしてメンバーをリードする。SLAで合意したサービスレベル目標を達成するため、共通運用環境の設計・構築、およびITインフラストラクチャに関するシステム受入れ基準の作成・評価の経験を有する。さらに、障害対応、構成変更、稼働分析を含む共通運用環境の保守管理において成功を収めた経験と実績を2年以上有する（レベル4以上の複雑性および規模に相当）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in system management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすシステム管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced system operational requirements (performance requirement, security requirement, technical requirement, running operation requirement)",
          ja: "高度なシステム運用要件（性能要件、セキュリティ要件、技術要件、稼働運用要件）",
        },
        {
          en: "Complex operating system (multi-platform, multivendor, high availability)",
          ja: "複雑な稼働システム（マルチプラットフォーム、マルチベンダー、高可用性）",
        },
        {
          en: "Advanced application requirement (performance, failure measures, security, operation and maintenance)",
          ja: "高度なアプリケーション要件（性能、障害対策、セキュリティ、運用・保守）",
        },
        {
          en: "Structure (complex cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions and completion conditions",
          ja: "複雑な契約条件および完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in system management with either one of the following size.",
        ja: "以下のいずれかの規模のシステム管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 35 or more but less than 75 persons, or an annual contract value of 350 million or more but less than 750 million yen.",
          ja: "要員35名以上75名未満、または年間契約金額3億5,000万円以上7億5,000万円未満のプロジェクト。",
        },
        {
          en: "Project with 15 or more but less than 35 persons, or an annual contract value of 150 million or more but less than 350 million yen, and with four or more of above complexity criteria.",
          ja: "要員15名以上35名未満、または年間契約金額1億5,000万円以上3億5,000万円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following system management area sufficient to guide subordinates.",
        ja: "以下のシステム管理領域において、部下を指導できる高度な専門性を有する。",
      },
      items: [
        { en: "Operational control of IT Service management", ja: "ITサービスマネジメントの運用統制" },
        { en: "Application management", ja: "アプリケーション管理" },
        { en: "System platform management", ja: "システム基盤管理" },
        { en: "Database management", ja: "データベース管理" },
        { en: "Network management", ja: "ネットワーク管理" },
        { en: "Security", ja: "セキュリティ" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in one or more items of expertise succession for system management.",
        ja: "システム管理に関する技術の継承において、1項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },
  {
    category: "it-service-management",
    field: "system-management",
    level: 5,
    edition: "V3",
    summary: {
      en: "Responsible for system management; leads the team on common operating environments.",
      ja: "システム管理の責任者として、共通運用環境の構築と保守管理においてチームを率いる",
    },
    responsibilities: {
      en: "Leads system management team, as a person responsible for system management team in phases of planning and implementation of IT service management. Has experience in design and construction of common operating environment, and creation and assessment of system acceptance criteria related to IT infrastructure to achieve service level objectives agreed upon SLA. In addition, has experience and performance of achieving success in maintenance management for common operational environment including failure handling, configuration change and operating analysis for 3 years or more (Equivalent to complexity and size of Level 5 or above)",
      ja: "ITサービスマネジメントの計画および実施の局面において、システム管理チームの責任者としてシステム管理チームをリードする。SLAで合意したサービスレベル目標を達成するため、共通運用環境の設計・構築、およびITインフラストラクチャに関するシステム受入れ基準の作成・評価の経験を有する。さらに、障害対応、構成変更、稼働分析を含む共通運用環境の保守管理において成功を収めた経験と実績を3年以上有する（レベル5以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving successful results in system management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすシステム管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced system operational requirements (performance requirement, security requirement, technical requirement, operation requirement)",
          ja: "高度なシステム運用要件（性能要件、セキュリティ要件、技術要件、運用要件）",
        },
        {
          en: "Complex operating system (multi-platform, multivendor, high availability)",
          ja: "複雑な稼働システム（マルチプラットフォーム、マルチベンダー、高可用性）",
        },
        {
          en: "Advanced application requirement (performance, failure measures, security, operation and maintenance)",
          ja: "高度なアプリケーション要件（性能、障害対策、セキュリティ、運用・保守）",
        },
        {
          en: "Structure (complex cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions and completion conditions",
          ja: "複雑な契約条件および完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in system management with either one of the following size.",
        ja: "以下のいずれかの規模のシステム管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 75 or more but less than 150 persons, or an annual contract value of 750 million or more but less than 1.5 billion yen.",
          ja: "要員75名以上150名未満、または年間契約金額7億5,000万円以上15億円未満のプロジェクト。",
        },
        {
          en: "Project with 35 or more but less than 75 persons, or an annual contract value of 350 million or more but less than 750 million yen, and with four or more of above complexity criteria.",
          ja: "要員35名以上75名未満、または年間契約金額3億5,000万円以上7億5,000万円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following system management area sufficient to guide others and contributes to the company",
        ja: "以下のシステム管理領域において、他者を指導できる高度な専門性を有し、社内に貢献している",
      },
      items: [
        { en: "Operational control of IT Service management", ja: "ITサービスマネジメントの運用統制" },
        { en: "Application management", ja: "アプリケーション管理" },
        { en: "System platform management", ja: "システム基盤管理" },
        { en: "Database management", ja: "データベース管理" },
        { en: "Network management", ja: "ネットワーク管理" },
        { en: "Security", ja: "セキュリティ" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of three items or more of expertise succession for system management.",
        ja: "システム管理に関する技術の継承において、3項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },
  {
    category: "it-service-management",
    field: "system-management",
    level: 6,
    edition: "V3",
    summary: {
      en: "Responsible for the system management team; designs and maintains IT infrastructure.",
      ja: "システム管理チームの責任者として、ITインフラの設計・構築・保守管理を率いる",
    },
    responsibilities: {
      en: "Leads members, as a person responsible for system management team in phases of planning and implementation of system management for IT service management. Has experience in design and construction of common operating environment, and creation and assessment of system acceptance criteria related to IT infrastructure to achieve service level objectives agreed upon SLA. In addition, has experience and performance of achieving successful results in maintenance management for common operational environment including failure handling, configuration change and operating analysis for 3 years or more (Equivalent to complexity and size of Level 6 or above).",
      ja: "ITサービスマネジメントのためのシステム管理の計画および実施の局面において、システム管理チームの責任者としてメンバーをリードする。SLAで合意したサービスレベル目標を達成するため、共通運用環境の設計・構築、およびITインフラストラクチャに関するシステム受入れ基準の作成・評価の経験を有する。さらに、障害対応、構成変更、稼働分析を含む共通運用環境の保守管理において成功を収めた経験と実績を3年以上有する（レベル6以上の複雑性および規模に相当）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in system management with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすシステム管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Advanced system operational requirements (performance requirement, security requirement, technical requirement, operation requirement)",
          ja: "高度なシステム運用要件（性能要件、セキュリティ要件、技術要件、運用要件）",
        },
        {
          en: "Complex operating system (multi-platform, multivendor, high availability)",
          ja: "複雑な稼働システム（マルチプラットフォーム、マルチベンダー、高可用性）",
        },
        {
          en: "Advanced application requirement (performance, failure measures, security, operation and maintenance)",
          ja: "高度なアプリケーション要件（性能、障害対策、セキュリティ、運用・保守）",
        },
        {
          en: "Structure (complex cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions and completion conditions",
          ja: "複雑な契約条件および完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in system management with either one of the following size.",
        ja: "以下のいずれかの規模のシステム管理において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 150 persons or more, or an annual contract value of 1.5 billion yen or more",
          ja: "要員150名以上、または年間契約金額15億円以上のプロジェクト",
        },
        {
          en: "Project with 75 or more but less than 150 persons, or an annual contract value of 750 million or more but less than 1.5 billion yen, and with four or more of above complexity criteria.",
          ja: "要員75名以上150名未満、または年間契約金額7億5,000万円以上15億円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following system management area sufficient to guide others and contributes to the industry",
        ja: "以下のシステム管理領域において、他者を指導できる高度な専門性を有し、業界に貢献している",
      },
      items: [
        { en: "Operational control of IT Service management", ja: "ITサービスマネジメントの運用統制" },
        { en: "Application management", ja: "アプリケーション管理" },
        { en: "System platform management", ja: "システム基盤管理" },
        { en: "Database management", ja: "データベース管理" },
        { en: "Network management", ja: "ネットワーク管理" },
        { en: "Security", ja: "セキュリティ" },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in four items or more of expertise succession for system management.",
        ja: "システム管理に関する技術の継承において、4項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },

  // ---------------------------------------------------------------------------
  // Operations
  // ---------------------------------------------------------------------------
  {
    category: "it-service-management",
    field: "operations",
    level: 3,
    edition: "V3",
    summary: {
      en: "Operations team member running IT systems, including unscheduled work.",
      ja: "オペレーションチームのメンバーとして、非定常作業を含むITシステムのオペレーションを行う",
    },
    responsibilities: {
      en: "Implements IT system operations, as a member of operation team in phases of system operations. Promotes job improvement and proposal to enhance security and efficiency in operations. Has experience and performance of achieving success in operations including unscheduled task for one or more years (equivalent to complexity and size of Level 3 or above)",
      ja: "システムオペレーションの局面において、オペレーションチームのメンバーとしてITシステムのオペレーションを実施する。オペレーションの安全性と効率性を高めるため、業務の改善と提案を推進する。非定常作業を含むオペレーションにおいて成功を収めた経験と実績を1年以上有する（レベル3以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in operations with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすオペレーションにおいて、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Complex operation system (multi-platform, multi-vendor, system link, number of systems, kinds of work procedures and high availability)",
          ja: "複雑なオペレーション対象システム（マルチプラットフォーム、マルチベンダー、システム連携、システム数、作業手順の種類、高可用性）",
        },
        {
          en: "Advanced business requirements (performance, failure measures, security, data link, kinds of business, and operation and maintenance)",
          ja: "高度な業務要件（性能、障害対策、セキュリティ、データ連携、業務の種類、運用・保守）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Not specified.",
        ja: "規定なし。",
      },
      items: [],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT system operation area sufficient to perform assigned task by him/her-self.",
        ja: "以下のITシステムオペレーション領域において、割り当てられた業務を自ら遂行できる高度な専門性を有する。",
      },
      items: [
        {
          en: "Software (OS, Middleware, Database, Tools)",
          ja: "ソフトウェア（OS、ミドルウェア、データベース、ツール）",
        },
        {
          en: "Hardware (classification, CPU, Peripheral equipments, networks)",
          ja: "ハードウェア（種別、CPU、周辺機器、ネットワーク）",
        },
        {
          en: "Business knowledge (Industry trends, individual activity, specific activity, customer service)",
          ja: "業務知識（業界動向、個別業務、特定業務、顧客対応）",
        },
        {
          en: "Various management work (performance, failure, security and resources and etc.)",
          ja: "各種管理業務（性能、障害、セキュリティ、資源など）",
        },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格した者は、ITSSレベル3に求められる最低限の能力を有するものとみなされる。",
      },
    ],
  },
  {
    category: "it-service-management",
    field: "operations",
    level: 4,
    edition: "V3",
    summary: {
      en: "Leads an operations team, including unscheduled work, and drives job improvement.",
      ja: "オペレーションチームのリーダーとして、非定常作業を含むオペレーションと業務改善を率いる",
    },
    responsibilities: {
      en: "Leads members, as a leader of operations team in the phase of system operations. Promotes job improvement and proposal to enhance security and efficiency in operations. Has experience and performance of achieving success in operations including unscheduled task for two years or more, maintaining stakeholder satisfaction (equivalent to complexity and size of Level 4 or above)",
      ja: "システムオペレーションの局面において、オペレーションチームのリーダーとしてメンバーをリードする。オペレーションの安全性と効率性を高めるため、業務の改善と提案を推進する。関係者の満足を維持しながら、非定常作業を含むオペレーションにおいて成功を収めた経験と実績を2年以上有する（レベル4以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in IT system operations with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすITシステムのオペレーションにおいて、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Complex operation system (multi-platform, multi-vendor, system link, number of systems, kinds of work procedures and high availability)",
          ja: "複雑なオペレーション対象システム（マルチプラットフォーム、マルチベンダー、システム連携、システム数、作業手順の種類、高可用性）",
        },
        {
          en: "Advanced business requirements (performance, failure measures, security, data link, kinds of business, and operation and maintenance)",
          ja: "高度な業務要件（性能、障害対策、セキュリティ、データ連携、業務の種類、運用・保守）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in IT system operations with either one of the following size.",
        ja: "以下のいずれかの規模のITシステムのオペレーションにおいて、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "Project with 30 or more, or an annual contract value of 300 million or more yen.",
          ja: "要員30名以上、または年間契約金額3億円以上のプロジェクト。",
        },
        {
          en: "Project with 15 or more but less than 30 persons, or an annual contract value of 150 million or more but less than 300 million yen, and with four or more of above complexity criteria.",
          ja: "要員15名以上30名未満、または年間契約金額1億5,000万円以上3億円未満のプロジェクトで、上記の複雑性指標のうち4項目以上を満たすもの。",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following IT system operation area sufficient to guide subordinates.",
        ja: "以下のITシステムオペレーション領域において、部下を指導できる高度な専門性を有する。",
      },
      items: [
        {
          en: "Software (OS, Middleware, Database, Tools)",
          ja: "ソフトウェア（OS、ミドルウェア、データベース、ツール）",
        },
        {
          en: "Hardware (classification, CPU, Peripheral equipments, networks)",
          ja: "ハードウェア（種別、CPU、周辺機器、ネットワーク）",
        },
        {
          en: "Business knowledge (Industry trends, individual activity, specific activity, customer service)",
          ja: "業務知識（業界動向、個別業務、特定業務、顧客対応）",
        },
        {
          en: "Various management work (performance, failure, security and resources and etc.)",
          ja: "各種管理業務（性能、障害、セキュリティ、資源など）",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of one or more items of expertise succession for operations.",
        ja: "オペレーションに関する技術の継承において、1項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },

  // ---------------------------------------------------------------------------
  // Service Desk
  // ---------------------------------------------------------------------------
  {
    category: "it-service-management",
    field: "service-desk",
    level: 3,
    edition: "V3",
    summary: {
      en: "Service desk team member managing the service level agreed with customers.",
      ja: "サービスデスクチームのメンバーとして、顧客と合意したサービスレベルを管理する",
    },
    responsibilities: {
      en: "Manages agreed-upon service level with customers, as a member of service desk team in phases of planning and implementation of service desk operation. Maintains customer satisfaction and effectiveness in service desk and has experience and performance of successful service provision for two or more years (equivalent to complexity and size of Level 3 or above)",
      ja: "サービスデスク業務の計画および実施の局面において、サービスデスクチームのメンバーとして、顧客と合意したサービスレベルを管理する。サービスデスクにおける顧客満足と有効性を維持し、サービス提供において成功を収めた経験と実績を2年以上有する（レベル3以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in service desk operations with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすサービスデスク業務において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "High-level target support system (multi-platform, multi-vendor, performance requirements, security requirements, technical requirements, and etc.)",
          ja: "高度なサポート対象システム（マルチプラットフォーム、マルチベンダー、性能要件、セキュリティ要件、技術要件など）",
        },
        {
          en: "High-level network requirements (multi-protocol, performance requirements, security requirements, technical requirements, and etc.)",
          ja: "高度なネットワーク要件（マルチプロトコル、性能要件、セキュリティ要件、技術要件など）",
        },
        {
          en: "High-level application requirements (performance requirements, security requirements, technical requirements, and etc.)",
          ja: "高度なアプリケーション要件（性能要件、セキュリティ要件、技術要件など）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Not specified.",
        ja: "規定なし。",
      },
      items: [],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following service desk operation area sufficient to perform assigned task by him/her-self.",
        ja: "以下のサービスデスク業務領域において、割り当てられた業務を自ら遂行できる高度な専門性を有する。",
      },
      items: [
        {
          en: "Management (customer support, stress management, human resources management, team development)",
          ja: "マネジメント（顧客サポート、ストレスマネジメント、人材管理、チーム育成）",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
        {
          en: "Technology (Infrastructure of support center, CTI (computer telephony integration), and etc.)",
          ja: "技術（サポートセンターの基盤、CTI（コンピュータ・テレフォニー・インテグレーション）など）",
        },
        {
          en: "Operation management (service level management, incident management, problem management, change control, knowledge management and etc.)",
          ja: "運用管理（サービスレベル管理、インシデント管理、問題管理、変更管理、ナレッジ管理など）",
        },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格した者は、ITSSレベル3に求められる最低限の能力を有するものとみなされる。",
      },
    ],
  },
  {
    category: "it-service-management",
    field: "service-desk",
    level: 4,
    edition: "V3",
    summary: {
      en: "Leads a service desk team and manages the service level agreed with customers.",
      ja: "サービスデスクチームのリーダーとして、顧客と合意したサービスレベルを管理する",
    },
    responsibilities: {
      en: "Leads members, as a leader of service desk team in phases of planning and implementation of service desk operation. Manages agreed-upon service level with customers, and maintains customer satisfaction and effectiveness in service desk. Has experience and performance of successful service provision for two or more years (equivalent to complexity and size of Level 4 or above)",
      ja: "サービスデスク業務の計画および実施の局面において、サービスデスクチームのリーダーとしてメンバーをリードする。顧客と合意したサービスレベルを管理し、サービスデスクにおける顧客満足と有効性を維持する。サービス提供において成功を収めた経験と実績を2年以上有する（レベル4以上の複雑性および規模に相当）",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in service desk operations with two or more of following complexity criteria.",
        ja: "以下の複雑性指標のうち2項目以上を満たすサービスデスク業務において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "High-level target support system (multi-platform, multi-vendor, performance requirements, security requirements, technical requirements, and etc.)",
          ja: "高度なサポート対象システム（マルチプラットフォーム、マルチベンダー、性能要件、セキュリティ要件、技術要件など）",
        },
        {
          en: "High-level network requirements (multi-protocol, performance requirements, security requirements, technical requirements, and etc.)",
          ja: "高度なネットワーク要件（マルチプロトコル、性能要件、セキュリティ要件、技術要件など）",
        },
        {
          en: "High-level application requirements (performance requirements, security requirements, technical requirements, and etc.)",
          ja: "高度なアプリケーション要件（性能要件、セキュリティ要件、技術要件など）",
        },
        {
          en: "Structure (complicated cooperative relationship, multiple related departments)",
          ja: "体制（複雑な協力関係、複数の関連部門）",
        },
        {
          en: "Complex contract conditions or completion conditions",
          ja: "複雑な契約条件または完了条件",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving successful results in service desk operations with either one of the following size.",
        ja: "以下のいずれかの規模のサービスデスク業務において、成功を収めた経験と実績を有する。",
      },
      items: [
        {
          en: "20 or more persons during peak period",
          ja: "ピーク時の要員20名以上",
        },
        {
          en: "Annual contract value of 100 million yen",
          ja: "年間契約金額1億円",
        },
        {
          en: "Annual number of user accommodation with 3000 or more persons",
          ja: "年間の対応利用者数3,000名以上",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in the following service desk operation area sufficient to guide subordinates.",
        ja: "以下のサービスデスク業務領域において、部下を指導できる高度な専門性を有する。",
      },
      items: [
        {
          en: "Management (customer support, stress management, human resources management, team development)",
          ja: "マネジメント（顧客サポート、ストレスマネジメント、人材管理、チーム育成）",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
        {
          en: "Technology (Infrastructure of support center, CTI (computer telephony integration), and etc.)",
          ja: "技術（サポートセンターの基盤、CTI（コンピュータ・テレフォニー・インテグレーション）など）",
        },
        {
          en: "Operation management (service level management, incident management, problem management, change control, knowledge management and etc.)",
          ja: "運用管理（サービスレベル管理、インシデント管理、問題管理、変更管理、ナレッジ管理など）",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in one or more items of expertise succession for service desk.",
        ja: "サービスデスクに関する技術の継承において、1項目以上の実績を有する。",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会や委員会などのプロフェッショナルコミュニティでの活動",
        },
        { en: "Publication of a book", ja: "書籍の出版" },
        { en: "Publication of a paper outside the company", ja: "社外での論文発表" },
        { en: "Publication of a paper within the company", ja: "社内での論文発表" },
        { en: "Instructor outside the company", ja: "社外での講師" },
        { en: "Instructor within the company", ja: "社内での講師" },
        { en: "Filing of a patent application", ja: "特許の出願" },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリングやコーチングなどにより、後進の育成を行う",
    },
  },
];

/** The seed's "Description of Job Category" and the description of each specialty field. */
export const IT_SERVICE_MANAGEMENT_DESCRIPTIONS: {
  category: Localized;
  operationsManagement: Localized;
  systemManagement: Localized;
  operations: Localized;
  serviceDesk: Localized;
} = {
  category: {
    en: "Has responsibility for the stable operation of whole system from the operational risk management side, based on service level agreement (SLA) with customers, by utilizing system operation related technology and implementing service-level design. Pursues safety, reliability and efficiency for stable operation of the whole system. In addition, implements operation management including system infrastructure management by performing collection and analysis of system operating information to maintain and improves service level. In the IT investment phases, areas of development, operation and maintenance are the main activity areas.\nPerforms the following:\n- Development: examination of operation possibility, examination of production migration plan\n- Operation/Maintenance: System operation planning, execution, monitoring, and failure handling management",
    ja: "顧客とのサービスレベル合意（SLA）に基づき、システム運用に関する技術を活用してサービスレベルを設計し、運用リスク管理の側面からシステム全体の安定稼働に責任を持つ。システム全体の安定稼働に向けて、安全性、信頼性、効率性を追求する。さらに、サービスレベルを維持・向上させるため、システムの稼働情報を収集・分析し、システム基盤管理を含む運用管理を行う。IT投資の局面のうち、開発、運用、保守が主な活動領域である。\n次の業務を行う。\n- 開発：運用可能性の検討、本番移行計画の検討\n- 運用・保守：システム運用の計画、実行、監視、および障害対応の管理",
  },
  operationsManagement: {
    en: "Being involved with the whole of IT service management, takes preventive measures to avoid risk and performs each process in order to provide stable service. Leads persons interested in implementation and has responsibility for service provision such as service-level management. High-level engineers have management responsibility for IT service management for customers, as a person responsible for operations management. In addition, formulates operational guidelines and ensures compliance with the guidelines.",
    ja: "ITサービスマネジメント全体に関わり、安定したサービスを提供するため、リスクを回避する予防策を講じ、各プロセスを遂行する。実施に関わる要員をリードし、サービスレベル管理などのサービス提供に責任を持つ。上位レベルの技術者は、運用管理の責任者として、顧客に対するITサービスマネジメントの管理責任を負う。さらに、運用ガイドラインを策定し、その遵守を徹底させる。",
  },
  systemManagement: {
    en: "Performs design, construction, maintenance and management of IT infrastructure as the part of common operational environment (IT infrastructure indicates Network/LAN, Operating management tools, mainframe and Hardware/OS/Middleware and appliances of server). In addition, formulates system acceptance criteria of IT infrastructure.",
    ja: "共通運用環境の一部として、ITインフラストラクチャの設計、構築、保守、管理を行う（ITインフラストラクチャとは、ネットワーク／LAN、運用管理ツール、メインフレーム、およびサーバのハードウェア／OS／ミドルウェアとアプライアンスを指す）。さらに、ITインフラストラクチャのシステム受入れ基準を策定する。",
  },
  operations: {
    en: "Performs control, operation and condition report of IT system according to given procedure for stable operation of IT system. Records and stores all implementation matters.",
    ja: "ITシステムの安定稼働のため、定められた手順に従ってITシステムの制御、操作、および状況報告を行う。すべての実施事項を記録し、保管する。",
  },
  serviceDesk: {
    en: "Performs help desk for support of IT user service such as inquiry or application. Records and stores all support matters.",
    ja: "問合せや申請など、ITユーザー向けサービスを支援するヘルプデスク業務を行う。すべての対応事項を記録し、保管する。",
  },
};
