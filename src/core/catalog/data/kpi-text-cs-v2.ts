/**
 * Customer Service, ITSS V2 (2006): the published Key Performance Indicator text.
 * Transcribed from seed 001 (Skill Standards for IT Professionals V2, English edition Draft 1.0).
 * English is the seed text with OCR noise removed; Japanese is the team's own translation.
 */
import type { ItemList, KpiText, Localized } from "../types";

/** Complexity criteria shared by Hardware and Software, levels 3-5. */
const SYSTEM_COMPLEXITY_ITEMS: readonly Localized[] = [
  {
    en: "System running on across multiple platforms",
    ja: "複数のプラットフォームにまたがって稼働するシステム",
  },
  {
    en: "Multi-vendor system environment",
    ja: "マルチベンダのシステム環境",
  },
  {
    en: "Leading-edge and not widely used or completely new technologies",
    ja: "先進的でまだ広く普及していない技術、またはまったく新しい技術",
  },
  {
    en: "System with a critical mission",
    ja: "ミッションクリティカルなシステム",
  },
  {
    en:
      "24 hours a day and 365 days continuous operation which needs professional skills for change, " +
      "maintenance, and recovery from failure",
    ja: "変更、保守、障害からの復旧に専門的なスキルを要する24時間365日の連続稼働",
  },
  {
    en: "Nation-wide scale system (network, distributed node)",
    ja: "全国規模のシステム（ネットワーク、分散ノード）",
  },
];

/** Complexity criteria of Facility management, levels 3-6. */
const FACILITY_COMPLEXITY_ITEMS: readonly Localized[] = [
  {
    en: "Subsidiary facilities of system with critical missions",
    ja: "ミッションクリティカルなシステムの付帯設備",
  },
  {
    en:
      "24 hours a day and 365 days continuous operation which needs professional skills for change, " +
      "maintenance, and recovery from failure",
    ja: "変更、保守、障害からの復旧に専門的なスキルを要する24時間365日の連続稼働",
  },
  {
    en: "Has a lot of installation sites, complex network structure",
    ja: "設置拠点が多く、ネットワーク構成が複雑である",
  },
  {
    en: "Disaster and crime prevention scheme based on complex requirements",
    ja: "複雑な要件に基づく防災・防犯の仕組み",
  },
];

/** Complexity criteria of Common to Customer Service, levels 1-2. */
const COMMON_COMPLEXITY_ITEMS: readonly Localized[] = [
  {
    en: "Single platform environment",
    ja: "単一プラットフォームの環境",
  },
  {
    en: "System that has relatively small influence from failure",
    ja: "障害による影響が比較的小さいシステム",
  },
  {
    en: "System that can be planned relatively easy to stop service",
    ja: "サービス停止を比較的容易に計画できるシステム",
  },
];

/** Technology succession items, identical at every level that lists them. */
const SUCCESSION_ITEMS: readonly Localized[] = [
  {
    en: "Professional community activities such as academic society and committee",
    ja: "学会、委員会などのプロフェッショナルコミュニティ活動",
  },
  {
    en: "Publication of a book",
    ja: "書籍の出版",
  },
  {
    en: "Publication of a paper outside the company",
    ja: "社外での論文発表",
  },
  {
    en: "Publication of a paper within the company",
    ja: "社内での論文発表",
  },
  {
    en: "Invited to speak outside the company",
    ja: "社外での招待講演",
  },
  {
    en: "Instructor within the company",
    ja: "社内講師",
  },
  {
    en: "Filing of a patent application",
    ja: "特許の出願",
  },
];

const MENTORING: Localized = {
  en: "Has accomplishments in developing subordinates (by mentoring, coaching, etc.)",
  ja: "後進の育成（メンタリング、コーチングなど）の実績がある。",
};

const ADVISE_USER: Localized = {
  en: "Ability to advise the user about planning and method in accordance with user's needs",
  ja: "ユーザのニーズに応じて、計画や方法についてユーザに助言できる能力",
};

const CUSTOMER_SATISFACTION: Localized = {
  en: "Acquisition of customer satisfaction",
  ja: "顧客満足の獲得",
};

const FACILITY_DISCIPLINES: Localized = {
  en: "Facilities management, architecture, electricity, machinery, generic cabling system, etc.",
  ja: "ファシリティマネジメント、建築、電気、機械、汎用配線システムなど",
};

const COMMON_THEMES: ItemList = {
  intro: {
    en: "Has basic knowledge and experience in the following major themes of this Specialty Field.",
    ja: "当該専門分野の以下の主要テーマについて、基礎的な知識と経験を有する。",
  },
  items: [
    {
      en: "Installation, support, and maintenance of system",
      ja: "システムの導入、サポート、保守",
    },
    {
      en: "System operation management",
      ja: "システム運用管理",
    },
    {
      en: "Hardware products",
      ja: "ハードウェア製品",
    },
    {
      en: "Software products",
      ja: "ソフトウェア製品",
    },
  ],
};

export const CUSTOMER_SERVICE_V2_KPI_TEXT: readonly KpiText[] = [
  // ---------------------------------------------------------------- Hardware
  {
    category: "customer-service",
    field: "hardware",
    level: 3,
    edition: "V2",
    summary: {
      en: "Member of a hardware service team; responsible for an assigned area",
      ja: "ハードウェアサービスチームのメンバーとして、担当領域に責任を持つ",
    },
    responsibilities: {
      en:
        "Acts as a member of hardware service team, and has responsibility in the assigned area. " +
        "Has experience in carrying out hardware installation, maintenance that satisfies use, " +
        "and easy-maintenance of system, by participating in service activities in either one of main " +
        "IT components (general-purpose processor, medium-sized processor, PC, storage, network, etc.) " +
        "once or more (equivalent to complexity and size of Level 3).",
      ja:
        "ハードウェアサービスチームのメンバーとして活動し、担当領域に責任を持つ。" +
        "主要なITコンポーネント（汎用機、中型機、PC、ストレージ、ネットワークなど）のいずれかのサービス活動に参加し、" +
        "利用目的を満たすハードウェアの導入、保守、およびシステムの保守容易性の確保を遂行した経験を1回以上有する" +
        "（レベル3相当の複雑性および規模）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of installation, maintenance, " +
          "and safety activity of hardware in the complexity of a system that meets two or more of " +
          "the following complexity criteria",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のシステムにおいて、" +
          "ハードウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: SYSTEM_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in participating in the installation, maintenance, and safety activity of hardware " +
          "in the system, that meets the following size.",
        ja: "以下の規模を満たすシステムにおいて、ハードウェアの導入、保守、保全活動に参加した経験を有する。",
      },
      items: [
        {
          en: "Participates in service tasks for specific users as a member of team of specific services",
          ja: "特定サービスのチームのメンバーとして、特定ユーザ向けのサービス業務に参加する",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the specialty in either one or more of the following major themes of this Specialty Field " +
          "and practices by him/herself.",
        ja: "当該専門分野の以下の主要テーマのいずれか1つ以上について専門性を有し、自ら実践している。",
      },
      items: [
        {
          en: "Basic knowledge on system operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術に関する基礎知識",
        },
        {
          en: "Receiving of user's primary technical inquiries on hardware, system operation management",
          ja: "ハードウェア、システム運用管理に関するユーザからの一次技術問い合わせの受け付け",
        },
        ADVISE_USER,
      ],
    },
  },
  {
    category: "customer-service",
    field: "hardware",
    level: 4,
    edition: "V2",
    summary: {
      en: "Responsible person for hardware service in design, development, operation and maintenance",
      ja: "設計・開発・運用・保守の各フェーズでハードウェアサービスの責任者を務める",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of hardware service. Has experience in achieving successful results in the completion of " +
        "hardware installation, maintenance that satisfies use, and easy-maintenance of system, by holding " +
        "one main Specialty Field in either one of IT components (general-purpose processor, medium-sized " +
        "processor, PC, storage, network, etc.) two times or more (at least one experience must meet " +
        "complexity and size of Level 4 or equivalent, and others can be of Level 3).",
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、ハードウェアサービスの責任者として活動する。" +
        "ITコンポーネント（汎用機、中型機、PC、ストレージ、ネットワークなど）のいずれかで主要な専門分野を1つ受け持ち、" +
        "利用目的を満たすハードウェアの導入、保守、およびシステムの保守容易性の確保を完遂し、成果を上げた経験を2回以上有する" +
        "（少なくとも1回はレベル4相当の複雑性および規模を満たし、その他はレベル3相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of installation, maintenance, " +
          "and safety activity of hardware in the complexity of a system that meets two or more of " +
          "the following complexity criteria",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のシステムにおいて、" +
          "ハードウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: SYSTEM_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of installation, maintenance, " +
          "and safety activity of hardware in the system, that meets either one of the following size.",
        ja:
          "以下の規模のいずれかを満たすシステムにおいて、" +
          "ハードウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en: "Assigned to service team that covers wide service area, and provides service to specific industries",
          ja: "広域のサービスエリアを受け持ち、特定の業種にサービスを提供するサービスチームを担当する",
        },
        {
          en:
            "In case of the development team that meets four or more complexity criteria (above), " +
            "assigned to service team that covers specific users",
          ja:
            "上記の複雑性の基準を4つ以上満たす開発チームの場合は、" +
            "特定ユーザを受け持つサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "and guides subordinates.",
        ja: "当該専門分野の以下の主要テーマのいずれか1つ以上について高度な専門性を有し、部下を指導している。",
      },
      items: [
        {
          en: "System operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術",
        },
        {
          en: "System operation management policy, product selection, and installation planning for user side",
          ja: "ユーザ側に向けたシステム運用管理方針、製品選定、導入計画",
        },
        {
          en: "Revenue management in the assigned team",
          ja: "担当チームにおける収益管理",
        },
        CUSTOMER_SATISFACTION,
      ],
    },
    succession: {
      intro: {
        en: "Has recognized accomplishments one items or more in the area of hardware technology succession.",
        ja: "ハードウェア技術の継承に関して、以下のうち1項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  {
    category: "customer-service",
    field: "hardware",
    level: 5,
    edition: "V2",
    summary: {
      en: "Responsible person for hardware service; leads other customer service job categories",
      ja: "ハードウェアサービスの責任者として、カスタマサービスの他職種をリードする",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of hardware service, by leading other customer service job career categories. Has experience " +
        "in achieving successful results in the completion of hardware installation, maintenance that " +
        "satisfies use, and easy-maintenance of system, by holding one main assigned area in either one of " +
        "IT components (general-purpose processor, medium-sized processor, PC, storage, network, etc.) " +
        "three times or more (at least one experience must meet complexity and size of Level 5 or " +
        "equivalent, and others can be of Level 4).",
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、カスタマサービスの他の職種をリードし、" +
        "ハードウェアサービスの責任者として活動する。" +
        "ITコンポーネント（汎用機、中型機、PC、ストレージ、ネットワークなど）のいずれかで主要な担当領域を1つ受け持ち、" +
        "利用目的を満たすハードウェアの導入、保守、およびシステムの保守容易性の確保を完遂し、成果を上げた経験を3回以上有する" +
        "（少なくとも1回はレベル5相当の複雑性および規模を満たし、その他はレベル4相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of installation, maintenance, " +
          "and safety activity of hardware in the complexity of a system that meets two or more of " +
          "the following complexity criteria",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のシステムにおいて、" +
          "ハードウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: SYSTEM_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of installation, maintenance, " +
          "and safety activity of hardware in the system, that meets either one of the following size.",
        ja:
          "以下の規模のいずれかを満たすシステムにおいて、" +
          "ハードウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en:
            "Assigned to a role that totally covers wide service area, and provides service to specific " +
            "industries or users with similar needs",
          ja: "広域のサービスエリアを統括し、特定の業種または類似したニーズを持つユーザにサービスを提供する役割を担当する",
        },
        {
          en:
            "In case of the development team that meets four or more complexity criteria (above), " +
            "assigned to service team that covers wide service area, and provides service to specific industries",
          ja:
            "上記の複雑性の基準を4つ以上満たす開発チームの場合は、" +
            "広域のサービスエリアを受け持ち、特定の業種にサービスを提供するサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "sufficient enough to guide others and contributes to the company.",
        ja:
          "当該専門分野の以下の主要テーマのいずれか1つ以上について、" +
          "他者を指導できるほどの高度な専門性を有し、社内に貢献している。",
      },
      items: [
        {
          en: "Major IT components in general",
          ja: "主要なITコンポーネント全般",
        },
        {
          en: "System operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術",
        },
        {
          en: "System operation management policy, product selection, and installation planning in user side",
          ja: "ユーザ側におけるシステム運用管理方針、製品選定、導入計画",
        },
        {
          en: "Human resource planning management and profit management in the overall service team",
          ja: "サービスチーム全体の要員計画管理および収益管理",
        },
        {
          en: "Attainment of customer satisfaction",
          ja: "顧客満足の達成",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has recognized accomplishments three items or more in the area of hardware technology succession.",
        ja: "ハードウェア技術の継承に関して、以下のうち3項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  // ---------------------------------------------------------------- Software
  {
    category: "customer-service",
    field: "software",
    level: 3,
    edition: "V2",
    summary: {
      en: "Member of a software service team; responsible for an assigned area",
      ja: "ソフトウェアサービスチームのメンバーとして、担当領域に責任を持つ",
    },
    responsibilities: {
      en:
        "Acts as a member of software service team, and has responsibility in the assigned area. " +
        "Has experience in carrying out software installation, maintenance that satisfies use, " +
        "and easy-maintenance of system, by participating in service activities in either one of main " +
        "IT components (general-purpose processor, medium-sized processor, PC, storage, network, etc.) " +
        "once or more (equivalent to complexity and size of Level 3).",
      ja:
        "ソフトウェアサービスチームのメンバーとして活動し、担当領域に責任を持つ。" +
        "主要なITコンポーネント（汎用機、中型機、PC、ストレージ、ネットワークなど）のいずれかのサービス活動に参加し、" +
        "利用目的を満たすソフトウェアの導入、保守、およびシステムの保守容易性の確保を遂行した経験を1回以上有する" +
        "（レベル3相当の複雑性および規模）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of installation, maintenance, " +
          "and safety activity of software in the complexity of a system that meets two or more of " +
          "the following complexity criteria",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のシステムにおいて、" +
          "ソフトウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: SYSTEM_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in participating in the installation, maintenance, and safety activity of software " +
          "in the system, that meets the following size.",
        ja: "以下の規模を満たすシステムにおいて、ソフトウェアの導入、保守、保全活動に参加した経験を有する。",
      },
      items: [
        {
          en: "Participates in service tasks for specific users as a member of team of specific services",
          ja: "特定サービスのチームのメンバーとして、特定ユーザ向けのサービス業務に参加する",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the specialty in either one or more of the following major themes of this Specialty Field " +
          "and practices by him/herself.",
        ja: "当該専門分野の以下の主要テーマのいずれか1つ以上について専門性を有し、自ら実践している。",
      },
      items: [
        {
          en: "Basic knowledge regarding software failure diagnosis, software product technology",
          ja: "ソフトウェアの障害診断、ソフトウェア製品技術に関する基礎知識",
        },
        {
          en: "Receiving of user's primary technical inquiries on software support",
          ja: "ソフトウェアサポートに関するユーザからの一次技術問い合わせの受け付け",
        },
        ADVISE_USER,
      ],
    },
  },
  {
    category: "customer-service",
    field: "software",
    level: 4,
    edition: "V2",
    summary: {
      en: "Responsible person for software service in design, development, operation and maintenance",
      ja: "設計・開発・運用・保守の各フェーズでソフトウェアサービスの責任者を務める",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of software service. Has experience in achieving successful results in the completion of " +
        "software installation, maintenance that satisfies use, and easy-maintenance of system, by holding " +
        "one main Specialty Field in either one of IT components (general-purpose processor, medium-sized " +
        "processor, PC, storage, network, etc.) two times or more (at least one experience must meet " +
        "complexity and size of Level 4 or equivalent, and others can be of Level 3).",
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、ソフトウェアサービスの責任者として活動する。" +
        "ITコンポーネント（汎用機、中型機、PC、ストレージ、ネットワークなど）のいずれかで主要な専門分野を1つ受け持ち、" +
        "利用目的を満たすソフトウェアの導入、保守、およびシステムの保守容易性の確保を完遂し、成果を上げた経験を2回以上有する" +
        "（少なくとも1回はレベル4相当の複雑性および規模を満たし、その他はレベル3相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of installation, maintenance, " +
          "and safety activity of software in the complexity of a system that meets two or more of " +
          "the following complexity criteria",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のシステムにおいて、" +
          "ソフトウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: SYSTEM_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of installation, maintenance, " +
          "and safety activity of software in the system, that meets either one of the following size.",
        ja:
          "以下の規模のいずれかを満たすシステムにおいて、" +
          "ソフトウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en: "Assigned to service team that covers wide service area, and provides service to specific industries",
          ja: "広域のサービスエリアを受け持ち、特定の業種にサービスを提供するサービスチームを担当する",
        },
        {
          en:
            "In case of the development team that meets four or more complexity criteria (above), " +
            "assigned to service team that covers specific users",
          ja:
            "上記の複雑性の基準を4つ以上満たす開発チームの場合は、" +
            "特定ユーザを受け持つサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "and guides subordinates.",
        ja: "当該専門分野の以下の主要テーマのいずれか1つ以上について高度な専門性を有し、部下を指導している。",
      },
      items: [
        {
          en: "Software failure diagnosis, software product technology",
          ja: "ソフトウェアの障害診断、ソフトウェア製品技術",
        },
        {
          en: "Prepare plan for appropriate measures in accordance with user's needs",
          ja: "ユーザのニーズに応じた適切な対策の計画立案",
        },
        {
          en: "Prepare the system in the assigned team",
          ja: "担当チームにおける体制の整備",
        },
        CUSTOMER_SATISFACTION,
      ],
    },
    succession: {
      intro: {
        // Sic: the seed says "hardware" technology succession on this Software page.
        en: "Has recognized accomplishments one items or more in the area of hardware technology succession.",
        ja: "ハードウェア技術の継承に関して、以下のうち1項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  {
    category: "customer-service",
    field: "software",
    level: 5,
    edition: "V2",
    summary: {
      en: "Responsible person for software service; leads other customer service job categories",
      ja: "ソフトウェアサービスの責任者として、カスタマサービスの他職種をリードする",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of software service, by leading other customer service job career categories. Has experience " +
        "in achieving successful results in the completion of software installation, maintenance that " +
        "satisfies use, and easy-maintenance of system, by holding one main assigned area in either one of " +
        "IT components (general-purpose processor, medium-sized processor, PC, storage, network, etc.) " +
        "three times or more (at least one experience must meet complexity and size of Level 5 or " +
        "equivalent, and others can be of Level 4).",
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、カスタマサービスの他の職種をリードし、" +
        "ソフトウェアサービスの責任者として活動する。" +
        "ITコンポーネント（汎用機、中型機、PC、ストレージ、ネットワークなど）のいずれかで主要な担当領域を1つ受け持ち、" +
        "利用目的を満たすソフトウェアの導入、保守、およびシステムの保守容易性の確保を完遂し、成果を上げた経験を3回以上有する" +
        "（少なくとも1回はレベル5相当の複雑性および規模を満たし、その他はレベル4相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of installation, maintenance, " +
          "and safety activity of software in the complexity of a system that meets two or more of " +
          "the following complexity criteria",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のシステムにおいて、" +
          "ソフトウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: SYSTEM_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of installation, maintenance, " +
          "and safety activity of software in the system, that meets either one of the following size.",
        ja:
          "以下の規模のいずれかを満たすシステムにおいて、" +
          "ソフトウェアの導入、保守、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en:
            "Assigned to a role that totally covers wide service area, and provides service to specific " +
            "industries or users with similar needs",
          ja: "広域のサービスエリアを統括し、特定の業種または類似したニーズを持つユーザにサービスを提供する役割を担当する",
        },
        {
          en:
            "In case of the development team that meets four or more complexity criteria (above), " +
            "assigned to service team that covers wide service area, and provides service to specific industries",
          ja:
            "上記の複雑性の基準を4つ以上満たす開発チームの場合は、" +
            "広域のサービスエリアを受け持ち、特定の業種にサービスを提供するサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "sufficient enough to guide others and contributes to the company.",
        ja:
          "当該専門分野の以下の主要テーマのいずれか1つ以上について、" +
          "他者を指導できるほどの高度な専門性を有し、社内に貢献している。",
      },
      // Sic: the seed repeats the Hardware Level 5 themes (including "hardware product technologies") here.
      items: [
        {
          en: "Major IT components in general",
          ja: "主要なITコンポーネント全般",
        },
        {
          en: "System operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術",
        },
        {
          en: "System operation management policy, product selection, and installation planning in user side",
          ja: "ユーザ側におけるシステム運用管理方針、製品選定、導入計画",
        },
        {
          en: "Human resource planning management and profit management in the overall service team",
          ja: "サービスチーム全体の要員計画管理および収益管理",
        },
        {
          en: "Attainment of customer satisfaction",
          ja: "顧客満足の達成",
        },
      ],
    },
    succession: {
      intro: {
        // Sic: the seed says "hardware" technology succession on this Software page.
        en: "Has recognized accomplishments three items or more in the area of hardware technology succession.",
        ja: "ハードウェア技術の継承に関して、以下のうち3項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  // ---------------------------------------------------------------- Facility management
  {
    category: "customer-service",
    field: "facility-management",
    level: 3,
    edition: "V2",
    summary: {
      en: "Member of a facility management service team; responsible for an assigned area",
      ja: "ファシリティマネジメントサービスチームのメンバーとして、担当領域に責任を持つ",
    },
    responsibilities: {
      en:
        "Acts as a member of facility management service team, and has responsibility in the assigned area. " +
        "Has experience in carrying out design, construction, management, and maintenance of project related " +
        "to IT facilities, once or more (equivalent to complexity and size of Level 3).",
      ja:
        "ファシリティマネジメントサービスチームのメンバーとして活動し、担当領域に責任を持つ。" +
        "IT設備に関するプロジェクトの設計、施工、管理、保守を遂行した経験を1回以上有する" +
        "（レベル3相当の複雑性および規模）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in participating results in the completion of design, construction, management, " +
          "and safety activity of IT-related facilities in the complexity of a project that meets two or more " +
          "of the following complexity criteria.",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のプロジェクトにおいて、" +
          "IT関連設備の設計、施工、管理、保全活動の完遂に参加した経験を有する。",
      },
      items: FACILITY_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in participating in the installation, maintenance, and safety activity of " +
          "IT-related facilities, that meets the following size as a member of facility management service team.",
        ja:
          "ファシリティマネジメントサービスチームのメンバーとして、" +
          "以下の規模を満たすIT関連設備の導入、保守、保全活動に参加した経験を有する。",
      },
      items: [
        {
          en: "Manages and operates subsidiary facilities of one part of network and computer rooms related to work.",
          ja: "業務に関わるネットワークおよびコンピュータ室の一部の付帯設備を管理・運用する。",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the specialty in either one or more of the following major themes of this Specialty Field " +
          "and practices by him/herself.",
        ja: "当該専門分野の以下の主要テーマのいずれか1つ以上について専門性を有し、自ら実践している。",
      },
      items: [
        {
          en:
            "Basic knowledge concerning to facilities management, architecture, electricity, machinery, " +
            "generic cabling system, etc.",
          ja: "ファシリティマネジメント、建築、電気、機械、汎用配線システムなどに関する基礎知識",
        },
        ADVISE_USER,
      ],
    },
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 4,
    edition: "V2",
    summary: {
      en: "Responsible person for facility management service; guides subordinates",
      ja: "ファシリティマネジメントサービスの責任者として、部下を指導する",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of facility management service. Has experience in achieving successful results in the " +
        "completion of design, construction, management, and maintenance related to IT facilities that " +
        "satisfies use, and easy-maintenance of facility infrastructure two times or more (at least one " +
        "experience must meet complexity and size of Level 5 or equivalent, and others can be of Level 4).",
      // Translated as printed: the seed says Level 5 / Level 4 here, not Level 4 / Level 3.
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、ファシリティマネジメントサービスの責任者として活動する。" +
        "利用目的を満たすIT設備に関する設計、施工、管理、保守、およびファシリティ基盤の保守容易性の確保を完遂し、" +
        "成果を上げた経験を2回以上有する" +
        "（少なくとも1回はレベル5相当の複雑性および規模を満たし、その他はレベル4相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of design, construction, " +
          "management, and safety activity of IT-related facilities in the complexity of a project that meets " +
          "two or more of the following complexity criteria.",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のプロジェクトにおいて、" +
          "IT関連設備の設計、施工、管理、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: FACILITY_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of design, construction, " +
          "management, and safety activity of IT-related facilities, that meets the following size.",
        ja: "以下の規模を満たす、IT関連設備の設計、施工、管理、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en:
            "Manages and operates subsidiary facilities of less than 2 computer rooms or less than 2000 square " +
            "meters of space, or manages and operates subsidiary facilities of small-scale network with less " +
            "than 10 installation sites.",
          ja:
            "2室未満または床面積2000平方メートル未満のコンピュータ室の付帯設備を管理・運用する、" +
            "または設置拠点10未満の小規模ネットワークの付帯設備を管理・運用する。",
        },
        {
          en:
            "In case of the project that meets three or more complexity criteria (above) manages and operates " +
            "subsidiary facilities of one part of network and computer rooms related to work.",
          ja:
            "上記の複雑性の基準を3つ以上満たすプロジェクトの場合は、" +
            "業務に関わるネットワークおよびコンピュータ室の一部の付帯設備を管理・運用する。",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "and guides subordinates.",
        ja: "当該専門分野の以下の主要テーマのいずれか1つ以上について高度な専門性を有し、部下を指導している。",
      },
      items: [
        FACILITY_DISCIPLINES,
        {
          en: "Planning of personnel required in the assigned service team and grasp of profitability",
          ja: "担当サービスチームに必要な要員の計画および収益性の把握",
        },
        CUSTOMER_SATISFACTION,
      ],
    },
    succession: {
      intro: {
        en:
          "Has recognized accomplishments one items or more in the area of facility management " +
          "technology succession.",
        ja: "ファシリティマネジメント技術の継承に関して、以下のうち1項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 5,
    edition: "V2",
    summary: {
      en: "Responsible person for facility management service; leads other job categories",
      ja: "ファシリティマネジメントサービスの責任者として、カスタマサービスの他職種をリードする",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of facility management service, by leading other customer service job career categories. " +
        "Has experience in achieving successful results in the completion of design, construction, " +
        "management, and maintenance related to IT facilities that satisfies use, and easy-maintenance of " +
        "facility infrastructure three times or more (at least one experience must meet complexity and size " +
        "of Level 5 or equivalent, and others can be of Level 4).",
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、カスタマサービスの他の職種をリードし、" +
        "ファシリティマネジメントサービスの責任者として活動する。" +
        "利用目的を満たすIT設備に関する設計、施工、管理、保守、およびファシリティ基盤の保守容易性の確保を完遂し、" +
        "成果を上げた経験を3回以上有する" +
        "（少なくとも1回はレベル5相当の複雑性および規模を満たし、その他はレベル4相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of design, construction, " +
          "management, and safety activity of IT-related facilities in the complexity of a project that meets " +
          "two or more of the following complexity criteria.",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のプロジェクトにおいて、" +
          "IT関連設備の設計、施工、管理、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: FACILITY_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of design, construction, " +
          "management, and safety activity of IT-related facilities, that meets either one of the following size.",
        ja:
          "以下の規模のいずれかを満たす、IT関連設備の設計、施工、管理、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en:
            "Manages and operates subsidiary facilities of 3 to 4 computer rooms from 2000 but less than 5,000 " +
            "square meters of space, or manages and operates subsidiary facilities of medium-scale network " +
            "from 100 but less than 300 installation sites.",
          ja:
            "3～4室、床面積2000平方メートル以上5000平方メートル未満のコンピュータ室の付帯設備を管理・運用する、" +
            "または設置拠点100以上300未満の中規模ネットワークの付帯設備を管理・運用する。",
        },
        {
          en:
            "In case of the project that meets three or more complexity criteria (above), manages and operates " +
            "subsidiary facilities of less than 2 computer rooms or less than 2000 square meters of space, or " +
            "manages and operates subsidiary facilities of small-scale network with less than 10 installation " +
            "sites.",
          ja:
            "上記の複雑性の基準を3つ以上満たすプロジェクトの場合は、" +
            "2室未満または床面積2000平方メートル未満のコンピュータ室の付帯設備を管理・運用する、" +
            "または設置拠点10未満の小規模ネットワークの付帯設備を管理・運用する。",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "sufficient enough to guide others and contributes to the company.",
        ja:
          "当該専門分野の以下の主要テーマのいずれか1つ以上について、" +
          "他者を指導できるほどの高度な専門性を有し、社内に貢献している。",
      },
      items: [
        FACILITY_DISCIPLINES,
        {
          en: "Planning of facility strategy and medium and long term facility plan in the assigned area",
          ja: "担当領域におけるファシリティ戦略および中長期ファシリティ計画の立案",
        },
        {
          en: "Planning management of personnel required in the assigned service team and revenue management",
          ja: "担当サービスチームに必要な要員の計画管理および収益管理",
        },
        CUSTOMER_SATISFACTION,
      ],
    },
    succession: {
      intro: {
        en:
          "Has recognized accomplishments three items or more in the area of facility management " +
          "technology succession.",
        ja: "ファシリティマネジメント技術の継承に関して、以下のうち3項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 6,
    edition: "V2",
    summary: {
      en: "Responsible for facility management service; leads others and contributes to the industry",
      ja: "ファシリティマネジメントサービスの責任者として他職種をリードし、業界に貢献する",
    },
    responsibilities: {
      en:
        "In phases of design, development, operation, and maintenance of project, acts as a responsible " +
        "person of facility management service, by leading other customer service job career categories. " +
        "Has experience in achieving successful results in the completion of design, construction, " +
        "management, and maintenance related to IT facilities that satisfies use, and easy-maintenance of " +
        "facility infrastructure three times or more (at least one experience must meet complexity and size " +
        "of Level 6 or equivalent, and others can be of Level 5).",
      ja:
        "プロジェクトの設計、開発、運用、保守の各フェーズにおいて、カスタマサービスの他の職種をリードし、" +
        "ファシリティマネジメントサービスの責任者として活動する。" +
        "利用目的を満たすIT設備に関する設計、施工、管理、保守、およびファシリティ基盤の保守容易性の確保を完遂し、" +
        "成果を上げた経験を3回以上有する" +
        "（少なくとも1回はレベル6相当の複雑性および規模を満たし、その他はレベル5相当でもよい）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in achieving successful results in the completion of design, construction, " +
          "management, and safety activity of IT-related facilities in the complexity of a project that meets " +
          "two or more of the following complexity criteria.",
        ja:
          "以下の複雑性の基準のうち2つ以上を満たす複雑性のプロジェクトにおいて、" +
          "IT関連設備の設計、施工、管理、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: FACILITY_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in achieving successful results in the complication of design, construction, " +
          "management, and safety activity of IT-related facilities, that meets either one of the following size.",
        ja:
          "以下の規模のいずれかを満たす、IT関連設備の設計、施工、管理、保全活動を完遂し、成果を上げた経験を有する。",
      },
      items: [
        {
          en:
            "Manages and operates subsidiary facilities of 5 or more computer rooms with 5000 square meters of " +
            "space or more, or manages and operates subsidiary facilities of large-scale network with 300 or " +
            "more installation sites",
          ja:
            "5室以上、床面積5000平方メートル以上のコンピュータ室の付帯設備を管理・運用する、" +
            "または設置拠点300以上の大規模ネットワークの付帯設備を管理・運用する",
        },
        {
          en:
            "In case of the project that meets three or more complexity criteria (above), manages and operates " +
            "subsidiary facilities of 3 to 4 computer rooms from 2000 but less than 5000 square meters of space, " +
            "or manages and operates subsidiary facilities of medium-scale network from 100 but less than 300 " +
            "installation sites.",
          ja:
            "上記の複雑性の基準を3つ以上満たすプロジェクトの場合は、" +
            "3～4室、床面積2000平方メートル以上5000平方メートル未満のコンピュータ室の付帯設備を管理・運用する、" +
            "または設置拠点100以上300未満の中規模ネットワークの付帯設備を管理・運用する。",
        },
      ],
    },
    themes: {
      intro: {
        en:
          "Holds the high specialty in either one or more of the following major themes of this Specialty Field " +
          "sufficient enough to guide others and contributes to the industry.",
        ja:
          "当該専門分野の以下の主要テーマのいずれか1つ以上について、" +
          "他者を指導できるほどの高度な専門性を有し、業界に貢献している。",
      },
      items: [
        FACILITY_DISCIPLINES,
        {
          en: "Planning of facility strategy and medium and long term facility plan",
          ja: "ファシリティ戦略および中長期ファシリティ計画の立案",
        },
        {
          en:
            "Planning management of personnel required in the overall service team and revenue management",
          ja: "サービスチーム全体に必要な要員の計画管理および収益管理",
        },
        CUSTOMER_SATISFACTION,
      ],
    },
    succession: {
      intro: {
        en:
          "Has recognized accomplishments four items or more in the area of facility management " +
          "technology succession.",
        ja: "ファシリティマネジメント技術の継承に関して、以下のうち4項目以上で認められた実績がある。",
      },
      items: SUCCESSION_ITEMS,
    },
    mentoring: MENTORING,
  },
  // ---------------------------------------------------------------- Common to Customer Service
  {
    category: "customer-service",
    field: "common",
    level: 1,
    edition: "V2",
    summary: {
      en: "Team member under a senior's guidance; takes part in system installation and maintenance",
      ja: "上位者の指導の下、チームメンバーとしてシステムの導入・保守に参加する",
    },
    responsibilities: {
      en:
        "Acts as a member of customer service team under guidance of a higher-level specialist in the same " +
        "job career category. Has experience in carrying out installation, maintenance of system in the " +
        "assigned area, once or more (equivalent to complexity and size of Level 1).",
      ja:
        "同じ職種の上位レベル者の指導の下、カスタマサービスチームのメンバーとして活動する。" +
        "担当領域におけるシステムの導入、保守を遂行した経験を1回以上有する（レベル1相当の複雑性および規模）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in participating in installation, maintenance, and safety activity of complexity " +
          "system that meets some of the following complexity criteria.",
        ja: "以下の複雑性の基準のいくつかを満たす複雑性のシステムにおいて、導入、保守、保全活動に参加した経験を有する。",
      },
      items: COMMON_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en:
          "Has experience in participating in the installation, maintenance, and safety activity of system, " +
          "regardless of its size.",
        ja: "規模を問わず、システムの導入、保守、保全活動に参加した経験を有する。",
      },
      items: [],
    },
    themes: COMMON_THEMES,
  },
  {
    category: "customer-service",
    field: "common",
    level: 2,
    edition: "V2",
    summary: {
      en: "Team member under a senior's guidance; carries out installation and maintenance in an area",
      ja: "上位者の指導の下、担当領域でシステムの導入・保守を遂行する",
    },
    responsibilities: {
      en:
        "Acts as a member of customer service team under guidance of a higher-level specialist in the same " +
        "job career category. Has experience in carrying out installation, maintenance of system in the " +
        "assigned area, once or more (equivalent to complexity and size of Level 2).",
      ja:
        "同じ職種の上位レベル者の指導の下、カスタマサービスチームのメンバーとして活動する。" +
        "担当領域におけるシステムの導入、保守を遂行した経験を1回以上有する（レベル2相当の複雑性および規模）。",
    },
    complexity: {
      intro: {
        en:
          "Has experience in carrying out installation, maintenance, and safety activity of complexity " +
          "system that meets some of the following complexity criteria.",
        ja: "以下の複雑性の基準のいくつかを満たす複雑性のシステムにおいて、導入、保守、保全活動を遂行した経験を有する。",
      },
      items: COMMON_COMPLEXITY_ITEMS,
    },
    size: {
      intro: {
        en: "Has experience in the installation, maintenance, and safety activity of system, regardless of its size.",
        ja: "規模を問わず、システムの導入、保守、保全活動の経験を有する。",
      },
      items: [],
    },
    themes: COMMON_THEMES,
  },
];
