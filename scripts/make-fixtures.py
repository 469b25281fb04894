"""Re-makes the import fixtures in test/fixtures/import/ with LibreOffice, so the xlsx files
are written by a real spreadsheet program (merged title cells, Japanese text, numbers).

Needs: apt-get install libreoffice-calc-nogui; iconv (for the Shift_JIS CSV).
Run:   python3 scripts/make-fixtures.py
"""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "import")

JA_TITLE = "2026年度 上期 スキル棚卸し（情報システム部）"
JA_HEADERS = ["社員番号", "氏名", "所属", "専門分野", "役割", "実績件数", "複雑性", "対象範囲", "専門テーマ数", "技術継承", "後進育成", "応用情報", "備考"]
JA_ROWS = [
    ["0012", "山田 太郎", "保守第一課", "ハードウェア", "メンバー", "１", "2", "特定ユーザー", "1", "0", "×", "", "=HYPERLINK(\"http://example.com\",\"詳細\")"],
    ["0013", "佐藤 花子", "保守第一課", "ハードウェア", "責任者", "2件", "3", "業界・広域", "1", "1", "○", "合格", "+81-3-1234-5678"],
    ["0014", "鈴木 一郎", "保守第二課", "ハードウエア", "メンバー", "1", "2", "特定ユーザー", "1", "0", "", "", "-5"],
    ["0015", "高橋 次郎", "設備課", "ファシリティマネジメント", "責任者", "3", "3", "", "1", "3", "はい", "", "@SUM(A1)"],
]

EN_HEADERS = ["Emp No", "Full Name", "Dept", "Speciality Feild", "Position", "Years", "Complexity", "Staff", "Annual Contract Value", "Themes", "Succession", "Mentoring", "Grade"]
EN_ROWS = [
    ["A-100", "Kato Sakura", "Managed Services", "Operations Management", "Leader", "2.5 years", "4", "20 persons", "1.5億円", "1", "1", "Y", "G5"],
    ["A-101", "Ito Ken", "Managed Services", "System Management", "Responsible", "4", "4", "40", "420", "1", "3", "yes", "G6"],
    ["A-102", "Mori Aya", "Service Desk", "Service Desk", "Leader", "2", "2", "25", "3,000万円", "1", "1", "TRUE", "G4"],
    ["A-103", "Ueda Jun", "Service Desk", "Service Desk", "Boss", "1", "2", "8", "30", "1", "0", "N", "G3"],
]


def cell(value, span=1):
    attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if isinstance(value, (int, float)):
        return f'<table:table-cell{attrs} office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def number_or_text(v):
    # Plain half-width integers are written as numbers, as a person typing them would get.
    return int(v) if v.isdigit() and not v.startswith("0") else v


def fods(sheet, rows_xml):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">
 {rows_xml}
 </table:table></office:spreadsheet></office:body></office:document>"""


def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def convert(fods_text, name, target):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name + ".fods")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fods_text)
        subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", tmp, src], check=True, capture_output=True)
        ext = target.split(":")[0]
        with open(os.path.join(tmp, f"{name}.{ext}"), "rb") as f:
            return f.read()


def main():
    os.makedirs(OUT, exist_ok=True)
    width = len(JA_HEADERS)
    ja = [
        row([cell(JA_TITLE, span=width)]),  # merged title
        row([cell("")]),
        row([cell("※ 評価基準：ITSS V3")]),
        row([cell(h) for h in JA_HEADERS]),
        *[row([cell(number_or_text(v)) for v in r]) for r in JA_ROWS],
        row([cell("")]),
        row([cell("合計"), cell(""), cell(""), cell(""), cell(""), cell(7)]),
    ]
    ja_fods = fods("棚卸し", "\n".join(ja))
    with open(os.path.join(OUT, "skills-ja.xlsx"), "wb") as f:
        f.write(convert(ja_fods, "skills-ja", "xlsx"))
    csv = convert(ja_fods, "skills-ja", "csv:Text - txt - csv (StarCalc):44,34,76")
    with open(os.path.join(OUT, "skills-ja-utf8.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv)
    sjis = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP932"], input=csv, check=True, capture_output=True).stdout
    with open(os.path.join(OUT, "skills-ja-sjis.csv"), "wb") as f:
        f.write(sjis)

    en = [row([cell(h) for h in EN_HEADERS]), *[row([cell(number_or_text(v)) for v in r]) for r in EN_ROWS]]
    with open(os.path.join(OUT, "hr-export-en.xlsx"), "wb") as f:
        f.write(convert(fods("Export", "\n".join(en)), "hr-export-en", "xlsx"))


if __name__ == "__main__":
    main()
