/* Japanese descriptions for the HR.* custom functions. functions.json is generated from the
 * JSDoc in src/functions/functions.ts; this turns it into functions.ja.json, which the manifest
 * offers to Excel in Japanese (bt:Override Locale="ja-JP"). Names stay the same in both.
 * Only documented metadata properties are written (Microsoft Learn, "Manually create JSON
 * metadata for custom functions"): a function's description and its parameters' descriptions;
 * `result` has no description property, so none is added. */
const JA = {
  ITSSLEVEL: {
    description: "名簿の行が達成しているITSSレベル（0～7）。どのレベルにも達していなければ0。",
    parameters: {
      row: "名簿の1行（例：Roster[@[社員番号]:[応用情報]]）。",
      headers: "行に対応する見出し行。省略するとテンプレートの列順で読みます。",
      rules: "会社で調整したKPIルール表（見出し行を含む）。",
      edition: '"V3"（既定）または "V2"。',
      engagements:
        '本人の案件台帳の行（例：FILTER(Engagements, Engagements[社員番号]=[@[社員番号]], "")）。指定すると実績件数・経験年数・複雑性・規模を案件から判定します。',
      engagementHeaders: "案件台帳の見出し行（Engagements[#Headers]）。",
      asOf: "継続中の案件をこの日までと数えます。TODAY() を渡すと毎日更新（空なら計算した日）。",
    },
  },
  ITSSGAP: {
    description: "次のレベル（または目標レベル）に不足している条件。条件ごとに1文。",
    parameters: {
      row: "名簿の1行。",
      headers: "行に対応する見出し行。",
      target: "確認するレベル。空なら次のレベル。",
      rules: "KPIルール表（見出し行を含む）。",
      edition: '"V3"（既定）または "V2"。',
      lang: '"en" または "ja"。',
      engagements:
        '本人の案件台帳の行（例：FILTER(Engagements, Engagements[社員番号]=[@[社員番号]], "")）。指定すると実績件数・経験年数・複雑性・規模を案件から判定します。',
      engagementHeaders: "案件台帳の見出し行（Engagements[#Headers]）。",
      asOf: "継続中の案件をこの日までと数えます。TODAY() を渡すと毎日更新（空なら計算した日）。",
    },
  },
  ITSSEVIDENCE: {
    description: "本人の案件ごとに、指定レベルの条件を満たすかとその理由を返します。",
    result: "見出し行と案件ごとに1行の表（スピル）。",
    parameters: {
      engagements: '本人の案件台帳の行（例：FILTER(Engagements, Engagements[社員番号]="E001", "")）。',
      headers: "案件台帳の見出し行（Engagements[#Headers]）。",
      level: "確認するレベル（1～7）。",
      field: "本人の専門分野。案件に書かれていれば空でも可。",
      rules: "KPIルール表（見出し行を含む）。",
      edition: '"V3"（既定）または "V2"。',
      lang: '"en" または "ja"。',
      asOf: "継続中の案件をこの日までと数えます（空なら計算した日）。",
    },
  },
  ITSSMEETS: {
    description: "名簿の行が指定レベル（以上）を達成していればTRUE。",
    parameters: {
      row: "名簿の1行。",
      headers: "行に対応する見出し行。",
      level: "確認するレベル（1～7）。",
      rules: "KPIルール表（見出し行を含む）。",
      edition: '"V3"（既定）または "V2"。',
    },
  },
  ITSSCRITERIA: {
    description: "専門分野・レベルのKPI条件を2列の表（条件、要件）で返します。",
    parameters: {
      category: "職種（空でも可：専門分野から判断します）。",
      field: "専門分野（英語または日本語）。",
      level: "レベル（1～7）。",
      edition: '"V3"（既定）または "V2"。',
      lang: '"en" または "ja"。',
    },
  },
  ITSSSKILL: {
    description: "スキル項目のレベル別の習熟度の説明。",
    parameters: {
      field: "カスタマーサービスの専門分野。",
      skillItem: 'スキル項目（例："リーダーシップ"）。',
      level: "レベル（1～7）。",
      lang: '"en" または "ja"。',
    },
  },
  ITSSKNOWLEDGE: {
    description: "スキル項目の知識項目（1行に1つ）。",
    parameters: {
      field: "カスタマーサービスの専門分野。",
      skillItem: "スキル項目。",
      lang: '"en" または "ja"。',
    },
  },
  ITSSSKILLLEVEL: {
    description: "スキル評価の行が達成しているスキル習熟度レベル（0～7）（カスタマーサービスの専門分野）。",
    parameters: {
      ratings: "スキル項目ごとの評価（1～7）の1行（例：Skills[@]）。",
      headers: "スキル項目名の見出し行（英語または日本語）。空にすると既定の項目順で読みます。",
      field: "カスタマーサービスの専門分野。",
      threshold: "各レベルに達する必要がある項目の割合（0～1、既定は1＝すべて）。",
    },
  },
  ITSSHISTORY: {
    description: "履歴テーブルから1人の評価ラウンドとレベルを返します。",
    parameters: {
      employeeId: "社員番号。",
      history:
        '見出し行を含む履歴テーブル（例：History[#All]）、またはheadersを指定してその人の行だけ（例：FILTER(History, History[社員番号]=A2, "")）。',
      headers: "historyが行だけのときの履歴テーブルの見出し行（History[#Headers]）。",
    },
  },
  CMBOK: {
    description: "CMBOKコンピテンシーの名称。",
    parameters: {
      code: 'コンピテンシーコード（例："OP-3"）。',
      version: '"2.0"（既定）または "1.0"。',
      lang: '"en" または "ja"。',
    },
  },
};

function localizeFunctionsMetadata(metadata) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const ja = JA[fn.id];
      if (!ja) throw new Error(`No Japanese description for custom function ${fn.id}`);
      return {
        ...fn,
        description: ja.description,
        parameters: fn.parameters.map((p) => {
          const text = ja.parameters[p.name];
          if (!text) throw new Error(`No Japanese description for ${fn.id} parameter ${p.name}`);
          return { ...p, description: text };
        }),
      };
    }),
  };
}

module.exports = { localizeFunctionsMetadata, JA };
