/**
 * Customer Service, V3 edition: Key Performance Indicator text
 * (Hardware 3-5, Software 3-5, Facility Management 3-6).
 * Transcribed from seed 002; English is the cleaned seed text, Japanese is the team's translation.
 */
import type { KpiText } from "../types";

export const CUSTOMER_SERVICE_V3_KPI_TEXT: readonly KpiText[] = [
  {
    category: "customer-service",
    field: "hardware",
    level: 3,
    edition: "V3",
    summary: {
      en: "Hardware service team member implementing installation and maintenance in an assigned area",
      ja: "ハードウェアサービスチームのメンバーとして、担当分野の導入・保守作業を実施する",
    },
    responsibilities: {
      en: "Has responsibility for implementation in assigned area, as a member of hardware service team. Has experience and performance of participating in either one of service activities of IT main components (generic processor, medium-sized processor, PC, storage, network, and etc.) and implementing installation and maintenance activity of hardware once or more (Projects must meet the complexity and size of Level 3)",
      ja: "ハードウェアサービスチームのメンバーとして、担当分野における作業の実施に責任を持つ。IT主要構成要素（汎用機、中型機、PC、ストレージ、ネットワーク等）のいずれかのサービス活動に参加し、ハードウェアの導入・保守活動を実施した経験と実績を1回以上有する（プロジェクトはレベル3の複雑性と規模を満たすこと）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of participating in installation and maintenance activities of hardware in system with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすシステムにおいて、ハードウェアの導入・保守活動に参加した経験と実績を有する。",
      },
      items: [
        {
          en: "System running on multi-platforms",
          ja: "マルチプラットフォームで稼働するシステム",
        },
        {
          en: "Multi-vendor system environment",
          ja: "マルチベンダのシステム環境",
        },
        {
          en: "Use of advanced and completely new or not widely used technologies",
          ja: "先進的で全く新しい技術、または普及していない技術の利用",
        },
        {
          en: "Mission critical system",
          ja: "ミッションクリティカルなシステム",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Nation-wide scale system (network, distributed sites)",
          ja: "全国規模のシステム（ネットワーク、分散拠点）",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of participating in installation, maintenance activities of hardware in systems with following size.",
        ja: "以下の規模のシステムにおいて、ハードウェアの導入・保守活動に参加した経験と実績を有する。",
      },
      items: [
        {
          en: "Participates in service activities for specific users as a member of specific services team",
          ja: "特定のサービスチームのメンバーとして、特定ユーザ向けのサービス活動に参加する",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the specialty in either one of the following hardware area to practices by him/herself.",
        ja: "以下のいずれかのハードウェア分野において、自ら実践できる専門性を有する。",
      },
      items: [
        {
          en: "Basic knowledge on system operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術に関する基礎知識",
        },
        {
          en: "First technical support contact on hardware and system operation for user side",
          ja: "ユーザ側に対する、ハードウェアおよびシステム運用に関する一次技術サポート窓口",
        },
        {
          en: "Advice provision for planning and method in accordance with user needs",
          ja: "ユーザニーズに応じた計画および方法の助言",
        },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格することで、ITSSレベル3に求められる最低限の能力を有するとみなされる。",
      },
    ],
  },
  {
    category: "customer-service",
    field: "hardware",
    level: 4,
    edition: "V3",
    summary: {
      en: "Responsible person for hardware service in one specialty area of IT main components",
      ja: "IT主要構成要素の1つの専門分野において、ハードウェアサービスの責任者を務める",
    },
    responsibilities: {
      en: "Handles one specialty area of IT main components (generic processor, medium-sized processor, PC, storage, network, and etc.), as a person responsible for hardware service in phases of development, operation and maintenance. Has experience and performance of achieving project success in installation and maintenance activities of hardware to satisfy usability and easy maintenance and etc. of system two times or more (At least one project must meet the complexity and size of Level 4, others can be of the Level 3 or above)",
      ja: "開発、運用、保守の各フェーズにおけるハードウェアサービスの責任者として、IT主要構成要素（汎用機、中型機、PC、ストレージ、ネットワーク等）のうち1つの専門分野を担当する。システムの使いやすさ、保守のしやすさ等を満たすハードウェアの導入・保守活動において、プロジェクトを成功に導いた経験と実績を2回以上有する（少なくとも1回はレベル4の複雑性と規模を満たすこと。その他はレベル3以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving successful results in installation and maintenance activities of hardware in system with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすシステムにおいて、ハードウェアの導入・保守活動で成果を上げた経験と実績を有する。",
      },
      items: [
        {
          en: "System running on multi-platforms",
          ja: "マルチプラットフォームで稼働するシステム",
        },
        {
          en: "Multi-vendor system environment",
          ja: "マルチベンダのシステム環境",
        },
        {
          en: "Use of advanced and completely new or not widely used technologies",
          ja: "先進的で全く新しい技術、または普及していない技術の利用",
        },
        {
          en: "Mission critical system",
          ja: "ミッションクリティカルなシステム",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Nation-wide scale system (network, distributed sites)",
          ja: "全国規模のシステム（ネットワーク、分散拠点）",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving successful results in the installation and maintenance activity of hardware in system with either one of the following size.",
        ja: "以下のいずれかの規模のシステムにおいて、ハードウェアの導入・保守活動で成果を上げた経験と実績を有する。",
      },
      items: [
        {
          en: "Assigned to service team that covers wide service area, or specific industries",
          ja: "広域のサービスエリア、または特定業種を対象とするサービスチームを担当する",
        },
        {
          en: "Assigned to service team with four or more of above complexity criteria and for specific users",
          ja: "上記の複雑性の条件を4つ以上満たし、特定ユーザを対象とするサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the high specialty in either one of the following hardware areas sufficient to guide subordinates.",
        ja: "以下のいずれかのハードウェア分野において、後進を指導できる高度な専門性を有する。",
      },
      items: [
        {
          en: "System operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術",
        },
        {
          en: "System operation management policy, product selection, and installation plan formulation for users",
          ja: "ユーザに対するシステム運用管理方針、製品選定、導入計画の策定",
        },
        {
          en: "Profitability management in the assigned team",
          ja: "担当チームにおける採算管理",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in one items or more of hardware expertise succession",
        ja: "ハードウェアに関する技術の継承において、1項目以上の実績を有する",
      },
      items: [
        {
          en: "Professional community activities such as academic society and committee",
          ja: "学会、委員会等のプロフェッショナルコミュニティ活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
  {
    category: "customer-service",
    field: "hardware",
    level: 5,
    edition: "V3",
    summary: {
      en: "Leads others as responsible person for hardware service in a main area of IT components",
      ja: "ハードウェアサービスの責任者として他をリードし、IT主要構成要素の主たる分野を担当する",
    },
    responsibilities: {
      en: "Leads others in customer service job category, as a person responsible for hardware service in phases of development, operation and maintenance. Handles one main assigned area of IT main components (generic processor, medium-sized processor, PC, storage, network, and etc.). Has experience and performance of achieving project success in installation and maintenance activities of hardware to satisfy usability and easy maintenance and etc. of system, three times or more (At least one project must meet the complexity and size of Level 5, and others can be of the Level 4 or above)",
      ja: "カスタマサービスの職種において、開発、運用、保守の各フェーズにおけるハードウェアサービスの責任者として他をリードする。IT主要構成要素（汎用機、中型機、PC、ストレージ、ネットワーク等）のうち主たる担当分野を1つ持つ。システムの使いやすさ、保守のしやすさ等を満たすハードウェアの導入・保守活動において、プロジェクトを成功に導いた経験と実績を3回以上有する（少なくとも1回はレベル5の複雑性と規模を満たすこと。その他はレベル4以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in installation and maintenance activities of hardware in system with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすシステムにおいて、ハードウェアの導入・保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "System running on multi-platforms",
          ja: "マルチプラットフォームで稼働するシステム",
        },
        {
          en: "Multi-vendor system environment",
          ja: "マルチベンダのシステム環境",
        },
        {
          en: "Use of advanced and completely new or not widely used technologies",
          ja: "先進的で全く新しい技術、または普及していない技術の利用",
        },
        {
          en: "Mission critical system",
          ja: "ミッションクリティカルなシステム",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Nation-wide scale system (network, distributed sites)",
          ja: "全国規模のシステム（ネットワーク、分散拠点）",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in the installation and maintenance activity of hardware in system with either one of the following size.",
        ja: "以下のいずれかの規模のシステムにおいて、ハードウェアの導入・保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Assigned to users with wide service area, whole specific industries or equivalent needs",
          ja: "広域のサービスエリア、特定業種全体、またはそれに相当するニーズを持つユーザを担当する",
        },
        {
          en: "Assigned to service team that covers wide service area or specific industries, and with four or more of above complexity criteria",
          ja: "広域のサービスエリアまたは特定業種を対象とし、上記の複雑性の条件を4つ以上満たすサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in either one of the following hardware areas sufficient to guide others and contributes to the company",
        ja: "以下のいずれかのハードウェア分野において、他者を指導できる高度な専門性を有し、社内に貢献している",
      },
      items: [
        {
          en: "General IT main component",
          ja: "IT主要構成要素全般",
        },
        {
          en: "System operation management and hardware product technologies",
          ja: "システム運用管理およびハードウェア製品技術",
        },
        {
          en: "System operation management policy, product selection, and installation planning for user side",
          ja: "ユーザ側のシステム運用管理方針、製品選定、導入計画",
        },
        {
          en: "Planning management of personnel required in the overall service team and profitability management",
          ja: "サービスチーム全体で必要な要員の計画管理および採算管理",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in three items or more of hardware expertise succession",
        ja: "ハードウェアに関する技術の継承において、3項目以上の実績を有する",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会、委員会等のプロフェッショナルコミュニティでの活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
  {
    category: "customer-service",
    field: "software",
    level: 3,
    edition: "V3",
    summary: {
      en: "Software service team member implementing installation and maintenance in an assigned area",
      ja: "ソフトウェアサービスチームのメンバーとして、担当分野の導入・保守作業を実施する",
    },
    responsibilities: {
      en: "Has responsibility for implementation in assigned area, as a member of software service team. Has experience and performance of participating in either one of service activities of IT main components (operating system, database, middleware, application software and etc.) and implementing installation and maintenance activity of software once or more (Projects must meet the complexity and size of Level 3)",
      ja: "ソフトウェアサービスチームのメンバーとして、担当分野における作業の実施に責任を持つ。IT主要構成要素（オペレーティングシステム、データベース、ミドルウェア、アプリケーションソフトウェア等）のいずれかのサービス活動に参加し、ソフトウェアの導入・保守活動を実施した経験と実績を1回以上有する（プロジェクトはレベル3の複雑性と規模を満たすこと）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of participating in installation and maintenance activities of software in system with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすシステムにおいて、ソフトウェアの導入・保守活動に参加した経験と実績を有する。",
      },
      items: [
        {
          en: "System running on multi-platforms",
          ja: "マルチプラットフォームで稼働するシステム",
        },
        {
          en: "Multi-vendor system environment",
          ja: "マルチベンダのシステム環境",
        },
        {
          en: "Use of advanced and completely new or not widely used technologies",
          ja: "先進的で全く新しい技術、または普及していない技術の利用",
        },
        {
          en: "Mission critical system",
          ja: "ミッションクリティカルなシステム",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Nation-wide scale system (network, distributed sites)",
          ja: "全国規模のシステム（ネットワーク、分散拠点）",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of participating in installation and maintenance activities of software in systems with following size.",
        ja: "以下の規模のシステムにおいて、ソフトウェアの導入・保守活動に参加した経験と実績を有する。",
      },
      items: [
        {
          en: "Participates in service activities for specific users, as a member of specific services team",
          ja: "特定のサービスチームのメンバーとして、特定ユーザ向けのサービス活動に参加する",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the specialty in either one of the following software area to perform assigned task by him/her-self.",
        ja: "以下のいずれかのソフトウェア分野において、担当業務を自ら遂行できる専門性を有する。",
      },
      items: [
        {
          en: "Basic knowledge of software failure diagnosis, software product technology",
          ja: "ソフトウェア障害診断、ソフトウェア製品技術に関する基礎知識",
        },
        {
          en: "First technical support contact on software support for users",
          ja: "ユーザに対する、ソフトウェアサポートの一次技術サポート窓口",
        },
        {
          en: "Advice for planning and method in accordance with user needs",
          ja: "ユーザニーズに応じた計画および方法の助言",
        },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格することで、ITSSレベル3に求められる最低限の能力を有するとみなされる。",
      },
    ],
  },
  {
    category: "customer-service",
    field: "software",
    level: 4,
    edition: "V3",
    summary: {
      en: "Responsible person for software service in one specialty area of IT main components",
      ja: "IT主要構成要素の1つの専門分野において、ソフトウェアサービスの責任者を務める",
    },
    responsibilities: {
      en: "Handles one specialty area of IT main components (operating system, database, middleware, application software and etc.), as a person responsible for software service in phases of development, operation and maintenance. Has experience and performance of achieving project success in installation and maintenance activities of software to satisfy usability and easy maintenance and etc. of system two times or more (At least one project must meet the complexity and size of Level 4, and others can be of the Level 3 or above)",
      ja: "開発、運用、保守の各フェーズにおけるソフトウェアサービスの責任者として、IT主要構成要素（オペレーティングシステム、データベース、ミドルウェア、アプリケーションソフトウェア等）のうち1つの専門分野を担当する。システムの使いやすさ、保守のしやすさ等を満たすソフトウェアの導入・保守活動において、プロジェクトを成功に導いた経験と実績を2回以上有する（少なくとも1回はレベル4の複雑性と規模を満たすこと。その他はレベル3以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in installation and maintenance activities of software in system with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすシステムにおいて、ソフトウェアの導入・保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "System running on multi-platforms",
          ja: "マルチプラットフォームで稼働するシステム",
        },
        {
          en: "Multi-vendor system environment",
          ja: "マルチベンダのシステム環境",
        },
        {
          en: "Use of advanced and completely new or not widely used technologies",
          ja: "先進的で全く新しい技術、または普及していない技術の利用",
        },
        {
          en: "Mission critical system",
          ja: "ミッションクリティカルなシステム",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Nation-wide scale system (network, distributed sites)",
          ja: "全国規模のシステム（ネットワーク、分散拠点）",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving successful results in the installation and maintenance activity of software in system with either one of the following size.",
        ja: "以下のいずれかの規模のシステムにおいて、ソフトウェアの導入・保守活動で成果を上げた経験と実績を有する。",
      },
      items: [
        {
          en: "Assigned to service team that covers wide service area, or specific industries",
          ja: "広域のサービスエリア、または特定業種を対象とするサービスチームを担当する",
        },
        {
          en: "Assigned to service team with four or more of above complexity criteria and for specific users",
          ja: "上記の複雑性の条件を4つ以上満たし、特定ユーザを対象とするサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the high specialty in either one of the following software areas sufficient to guide subordinates.",
        ja: "以下のいずれかのソフトウェア分野において、後進を指導できる高度な専門性を有する。",
      },
      items: [
        {
          en: "Software failure diagnosis, software product technology",
          ja: "ソフトウェア障害診断、ソフトウェア製品技術",
        },
        {
          en: "Planning for appropriate measures in accordance with user requirement",
          ja: "ユーザ要件に応じた適切な対策の立案",
        },
        {
          en: "Structure maintenance in the assigned team",
          ja: "担当チームにおける体制の整備",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of one items or more of following software expertise succession",
        ja: "以下のソフトウェアに関する技術の継承において、1項目以上の実績を有する",
      },
      items: [
        {
          en: "Activities in professional community activities such as academic societies and committees",
          ja: "学会、委員会等のプロフェッショナルコミュニティでの活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
  {
    category: "customer-service",
    field: "software",
    level: 5,
    edition: "V3",
    summary: {
      en: "Leads others as responsible person for software service in a main area of IT components",
      ja: "ソフトウェアサービスの責任者として他をリードし、IT主要構成要素の主たる分野を担当する",
    },
    responsibilities: {
      en: "Leads others in customer service category, as a person responsible for software service in the phases of development, operation, and maintenance of project. Handles one main assigned area of IT main components (operating system, database, middleware, application software and etc.) and has experience and performance of achieving project success in installation and maintenance activities of software to satisfy usability and easy maintenance and etc. of system three times or more (At least one project must meet the complexity and size of Level 5, and others can be of the Level 4 or above)",
      ja: "カスタマサービスの職種において、プロジェクトの開発、運用、保守の各フェーズにおけるソフトウェアサービスの責任者として他をリードする。IT主要構成要素（オペレーティングシステム、データベース、ミドルウェア、アプリケーションソフトウェア等）のうち主たる担当分野を1つ持ち、システムの使いやすさ、保守のしやすさ等を満たすソフトウェアの導入・保守活動において、プロジェクトを成功に導いた経験と実績を3回以上有する（少なくとも1回はレベル5の複雑性と規模を満たすこと。その他はレベル4以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in installation and maintenance activities of software in system with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすシステムにおいて、ソフトウェアの導入・保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "System running on multi-platforms",
          ja: "マルチプラットフォームで稼働するシステム",
        },
        {
          en: "Multi-vendor system environment",
          ja: "マルチベンダのシステム環境",
        },
        {
          en: "Use of advanced and completely new or not widely used technologies",
          ja: "先進的で全く新しい技術、または普及していない技術の利用",
        },
        {
          en: "Mission critical system",
          ja: "ミッションクリティカルなシステム",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Nation-wide scale system (network, distributed sites)",
          ja: "全国規模のシステム（ネットワーク、分散拠点）",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in the installation and maintenance activity of software in system with either one of the following size.",
        ja: "以下のいずれかの規模のシステムにおいて、ソフトウェアの導入・保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Assigned to users with wide service area, whole specific industries or equivalent needs",
          ja: "広域のサービスエリア、特定業種全体、またはそれに相当するニーズを持つユーザを担当する",
        },
        {
          en: "Assigned to service team that covers wide service area or specific industries, and with four or more of above complexity criteria",
          ja: "広域のサービスエリアまたは特定業種を対象とし、上記の複雑性の条件を4つ以上満たすサービスチームを担当する",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the high specialty in either one or more of the following software area sufficient to guide others and contributes to the company.",
        ja: "以下のソフトウェア分野のいずれか1つ以上において、他者を指導できる高度な専門性を有し、社内に貢献している。",
      },
      items: [
        {
          en: "General IT main component",
          ja: "IT主要構成要素全般",
        },
        {
          en: "Software failure diagnosis, software product technology",
          ja: "ソフトウェア障害診断、ソフトウェア製品技術",
        },
        {
          en: "Software service, technical support and plan planning in the assigned area",
          ja: "担当分野におけるソフトウェアサービス、技術サポートおよび計画の立案",
        },
        {
          en: "Planning management of personnel required in the overall service team and profitability management",
          ja: "サービスチーム全体で必要な要員の計画管理および採算管理",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in three items or more of software expertise succession",
        ja: "ソフトウェアに関する技術の継承において、3項目以上の実績を有する",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会、委員会等のプロフェッショナルコミュニティでの活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 3,
    edition: "V3",
    summary: {
      en: "Facility management team member implementing IT-related facility work in an assigned area",
      ja: "ファシリティマネジメントサービスチームのメンバーとして、担当分野の作業を実施する",
    },
    responsibilities: {
      en: "Has responsibility for implementation in assigned areas, as a member of facility management service team. Has experience and performance in implementing design, construction, management, and maintenance project of IT-related facilities once or more (Projects must meet the complexity and size of Level 3)",
      ja: "ファシリティマネジメントサービスチームのメンバーとして、担当分野における作業の実施に責任を持つ。IT関連ファシリティの設計、構築、管理および保守のプロジェクトを実施した経験と実績を1回以上有する（プロジェクトはレベル3の複雑性と規模を満たすこと）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of participating in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすプロジェクトにおいて、IT関連ファシリティの設計、構築、管理および保守活動に参加した経験と実績を有する。",
      },
      items: [
        {
          en: "Incidental facilities of mission-critical system",
          ja: "ミッションクリティカルなシステムの付帯設備",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Has a lot of installation sites and complex network structure",
          ja: "設置拠点が多数あり、ネットワーク構成が複雑である",
        },
        {
          en: "Disaster and crime prevention scheme based on complex requirements",
          ja: "複雑な要件に基づく防災・防犯の仕組み",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of participating in design, construction, management and maintenance project of IT-related facility, as a member of facility management service team with the following size.",
        ja: "以下の規模において、ファシリティマネジメントサービスチームのメンバーとして、IT関連ファシリティの設計、構築、管理および保守のプロジェクトに参加した経験と実績を有する。",
      },
      items: [
        {
          en: "Management and operation of incidental facilities for part of computer rooms and network related to operation",
          ja: "運用に関わるコンピュータ室およびネットワークの一部における付帯設備の管理・運用",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in either one of the following facility management area to perform assigned task by him/her-self",
        ja: "以下のいずれかのファシリティマネジメント分野において、担当業務を自ら遂行できる高度な専門性を有する",
      },
      items: [
        {
          en: "Basic knowledge of facilities management, architecture, electricity, machinery, generic cabling, and etc.",
          ja: "ファシリティマネジメント、建築、電気、機械、汎用配線等に関する基礎知識",
        },
        {
          en: "Advice for planning and method in accordance with user needs",
          ja: "ユーザニーズに応じた計画および方法の助言",
        },
      ],
    },
    remarks: [
      {
        en: "By passing Applied ITEE (Information Technology Engineer Examination) \"AP\", individuals are regarded as attaining the minimum capability required in ITSS level 3.",
        ja: "応用情報技術者試験（AP）に合格することで、ITSSレベル3に求められる最低限の能力を有するとみなされる。",
      },
    ],
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 4,
    edition: "V3",
    summary: {
      en: "Responsible person for facility management service of IT-related facilities",
      ja: "IT関連ファシリティを対象とする、ファシリティマネジメントサービスの責任者を務める",
    },
    responsibilities: {
      en: "Has experience and performance of achieving project success in design, construction, management, and maintenance activities of IT-related facilities to satisfy usability and easy maintenance of facility infrastructure two times or more (At least one project must meet the complexity and size of Level 4, and others can be of the Level 3 or more), as a person responsible for facility management service in phases of development, operation and maintenance.",
      ja: "開発、運用、保守の各フェーズにおけるファシリティマネジメントサービスの責任者として、ファシリティ基盤の使いやすさ、保守のしやすさを満たすIT関連ファシリティの設計、構築、管理および保守活動において、プロジェクトを成功に導いた経験と実績を2回以上有する（少なくとも1回はレベル4の複雑性と規模を満たすこと。その他はレベル3以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすプロジェクトにおいて、IT関連ファシリティの設計、構築、管理および保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Incidental facilities of mission-critical system",
          ja: "ミッションクリティカルなシステムの付帯設備",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Has a lot of installation sites and complex network structure",
          ja: "設置拠点が多数あり、ネットワーク構成が複雑である",
        },
        {
          en: "Disaster and crime prevention scheme based on complex requirements",
          ja: "複雑な要件に基づく防災・防犯の仕組み",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility with the following size",
        ja: "以下の規模のIT関連ファシリティにおいて、設計、構築、管理および保守活動を成功させた経験と実績を有する",
      },
      items: [
        {
          en: "Incidental facilities for computer rooms with less than 2 sites or less than 2000 square meters of space, or incidental facilities for small-scale network with less than 100 installation sites.",
          ja: "2拠点未満または床面積2000平方メートル未満のコンピュータ室の付帯設備、あるいは設置拠点100未満の小規模ネットワークの付帯設備",
        },
        {
          en: "Incidental facilities with three or more of above complexity criteria, and for part of computer rooms and network related to operation",
          ja: "上記の複雑性の条件を3つ以上満たす、運用に関わるコンピュータ室およびネットワークの一部の付帯設備",
        },
      ],
    },
    themes: {
      intro: {
        en: "Holds the high specialty in either one of the following facility management area to guide subordinates.",
        ja: "以下のいずれかのファシリティマネジメント分野において、後進を指導できる高度な専門性を有する。",
      },
      items: [
        {
          en: "Facilities management, architecture, electricity, machinery, generic cabling and etc.",
          ja: "ファシリティマネジメント、建築、電気、機械、汎用配線等",
        },
        {
          en: "Personnel planning in assigned service team, and understanding profitability",
          ja: "担当サービスチームにおける要員計画および採算の把握",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of one items or more of following facility management expertise succession",
        ja: "以下のファシリティマネジメントに関する技術の継承において、1項目以上の実績を有する",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会、委員会等のプロフェッショナルコミュニティでの活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 5,
    edition: "V3",
    summary: {
      en: "Leads facility management service as its responsible person; contributes to the company",
      ja: "ファシリティマネジメントサービスの責任者として他をリードし、社内に貢献する",
    },
    responsibilities: {
      en: "Leads others in customer service job categories, as a person responsible for facility management service in phases of development, operation, and maintenance of project. Has experience and performance of achieving project success in design, construction, management and maintenance activities of IT-related facility to satisfy usability and easy maintenance and etc. of facility infrastructure three times or more (At least one project must meet the complexity and size of Level 5, others can be of the Level 4 or above)",
      ja: "カスタマサービスの職種において、プロジェクトの開発、運用、保守の各フェーズにおけるファシリティマネジメントサービスの責任者として他をリードする。ファシリティ基盤の使いやすさ、保守のしやすさ等を満たすIT関連ファシリティの設計、構築、管理および保守活動において、プロジェクトを成功に導いた経験と実績を3回以上有する（少なくとも1回はレベル5の複雑性と規模を満たすこと。その他はレベル4以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすプロジェクトにおいて、IT関連ファシリティの設計、構築、管理および保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Incidental facilities of mission-critical system",
          ja: "ミッションクリティカルなシステムの付帯設備",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Has a lot of installation sites and complex network structure",
          ja: "設置拠点が多数あり、ネットワーク構成が複雑である",
        },
        {
          en: "Disaster and crime prevention scheme based on complex requirements",
          ja: "複雑な要件に基づく防災・防犯の仕組み",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility with either one of the following size.",
        ja: "以下のいずれかの規模のIT関連ファシリティにおいて、設計、構築、管理および保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Incidental facilities for computer rooms with 3 to 4 sites, or 2000 or more but less than 5000 square meters of space, or incidental facilities for medium-scale network with 100 or more but less than 300 installation sites",
          ja: "3～4拠点または床面積2000平方メートル以上5000平方メートル未満のコンピュータ室の付帯設備、あるいは設置拠点100以上300未満の中規模ネットワークの付帯設備",
        },
        {
          en: "Incidental facilities for computer rooms with three or more of above complexity criteria and with less than 2 sites or less than 2000 square meters of space, or incidental facilities for small-scale network with less than 10 installation sites",
          ja: "上記の複雑性の条件を3つ以上満たし、2拠点未満または床面積2000平方メートル未満のコンピュータ室の付帯設備、あるいは設置拠点10未満の小規模ネットワークの付帯設備",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the high specialty in either one of the following facility management area sufficient to guide others and contributes to the company",
        ja: "以下のいずれかのファシリティマネジメント分野において、他者を指導できる高度な専門性を有し、社内に貢献している",
      },
      items: [
        {
          en: "Facilities management, architecture, electricity, machinery, generic cabling and etc.",
          ja: "ファシリティマネジメント、建築、電気、機械、汎用配線等",
        },
        {
          en: "Planning of facility strategy and medium and long term facility plan in assigned area",
          ja: "担当分野におけるファシリティ戦略および中長期ファシリティ計画の立案",
        },
        {
          en: "Planning management of personnel required in assigned service team and profitability management",
          ja: "担当サービスチームで必要な要員の計画管理および採算管理",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement of three items or more of facility management expertise succession",
        ja: "ファシリティマネジメントに関する技術の継承において、3項目以上の実績を有する",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会、委員会等のプロフェッショナルコミュニティでの活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
  {
    category: "customer-service",
    field: "facility-management",
    level: 6,
    edition: "V3",
    summary: {
      en: "Leads facility management service as its responsible person; contributes to the industry",
      ja: "ファシリティマネジメントサービスの責任者として他をリードし、業界に貢献する",
    },
    responsibilities: {
      en: "Leads others in customer service job categories, as a person responsible for facility management service in phases of development, operation, and maintenance. Has experience and performance of achieving project success in design, construction, management and maintenance activities of IT-related facility to satisfy usability and easy maintenance and etc. of facility infrastructure three times or more (At least one project must meet the complexity and size of Level 6, and others can be of the Level 5 or above)",
      ja: "カスタマサービスの職種において、開発、運用、保守の各フェーズにおけるファシリティマネジメントサービスの責任者として他をリードする。ファシリティ基盤の使いやすさ、保守のしやすさ等を満たすIT関連ファシリティの設計、構築、管理および保守活動において、プロジェクトを成功に導いた経験と実績を3回以上有する（少なくとも1回はレベル6の複雑性と規模を満たすこと。その他はレベル5以上でよい）。",
    },
    complexity: {
      intro: {
        en: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        ja: "以下の複雑性の条件を2つ以上満たすプロジェクトにおいて、IT関連ファシリティの設計、構築、管理および保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Incidental facilities of mission-critical system",
          ja: "ミッションクリティカルなシステムの付帯設備",
        },
        {
          en: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          ja: "24時間365日の連続稼働が求められ、変更、保守、障害回復に専門性を要する",
        },
        {
          en: "Has a lot of installation sites and complex network structure",
          ja: "設置拠点が多数あり、ネットワーク構成が複雑である",
        },
        {
          en: "Disaster and crime prevention scheme based on complex requirements",
          ja: "複雑な要件に基づく防災・防犯の仕組み",
        },
      ],
    },
    size: {
      intro: {
        en: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility with either one of the following size.",
        ja: "以下のいずれかの規模のIT関連ファシリティにおいて、設計、構築、管理および保守活動を成功させた経験と実績を有する。",
      },
      items: [
        {
          en: "Incidental facilities for computer rooms of 5 or more sites, or 5000 or more square meters of space, or incidental facilities for large-scale network with 300 or more installation sites",
          ja: "5拠点以上または床面積5000平方メートル以上のコンピュータ室の付帯設備、あるいは設置拠点300以上の大規模ネットワークの付帯設備",
        },
        {
          en: "Incidental facilities for computer rooms with three or more of above complexity criteria and with 3 to 4 sites, or 2000 or more but less than 5000 square meters of space, or incidental facilities for medium-scale network with 100 or more but less than 300 installation sites.",
          ja: "上記の複雑性の条件を3つ以上満たし、3～4拠点または床面積2000平方メートル以上5000平方メートル未満のコンピュータ室の付帯設備、あるいは設置拠点100以上300未満の中規模ネットワークの付帯設備",
        },
      ],
    },
    themes: {
      intro: {
        en: "Has the high specialty in either one of the following facility management area sufficient to guide others and contributes to the industry.",
        ja: "以下のいずれかのファシリティマネジメント分野において、他者を指導できる高度な専門性を有し、業界に貢献している。",
      },
      items: [
        {
          en: "Facility management, architecture, electricity, machinery, generic cabling, and etc.",
          ja: "ファシリティマネジメント、建築、電気、機械、汎用配線等",
        },
        {
          en: "Facility strategy, and medium and long term facility plan",
          ja: "ファシリティ戦略および中長期ファシリティ計画",
        },
        {
          en: "Planning management of personnel required in the overall service team, and profitability management",
          ja: "サービスチーム全体で必要な要員の計画管理および採算管理",
        },
        {
          en: "Acquisition of customer satisfaction",
          ja: "顧客満足の獲得",
        },
      ],
    },
    succession: {
      intro: {
        en: "Has achievement in four items or more of following expertise succession for facility management",
        ja: "以下のファシリティマネジメントに関する技術の継承において、4項目以上の実績を有する",
      },
      items: [
        {
          en: "Activities in professional community such as academic society and committee",
          ja: "学会、委員会等のプロフェッショナルコミュニティでの活動",
        },
        {
          en: "Publication of a book",
          ja: "著書の出版",
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
          en: "Instructor outside the company",
          ja: "社外講師",
        },
        {
          en: "Instructor within the company",
          ja: "社内講師",
        },
        {
          en: "Filing of a patent application",
          ja: "特許の出願",
        },
      ],
    },
    mentoring: {
      en: "Develops subordinates (by mentoring, coaching and etc.)",
      ja: "メンタリング、コーチング等により後進を育成する",
    },
  },
];
