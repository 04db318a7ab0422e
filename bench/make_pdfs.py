"""Make real PDFs of documents with Chromium, for checking the PDF reader on real output.

Markdown is rendered to HTML (markdown-it-py, GFM tables, bordered cells) and HTML is printed
as it is: ``chromium --headless --print-to-pdf``, the same engine as Chrome's "Save as PDF".
DOCX files need LibreOffice (``soffice --headless --convert-to pdf``) and are skipped without it.

    python bench/make_pdfs.py OUT_DIR DOC...        # prints JSON: each PDF and its size
    python bench/make_pdfs.py --export OUT_DIR DOC...  # Markdown styled as a word processor's
                                                      # PDF export (page painted white, light
                                                      # headings, lettered sub-lists)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CSS = """body{font-family:sans-serif;font-size:11pt;max-width:48em;margin:2em auto}
table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #444;padding:4px;vertical-align:top}
h1{font-size:22pt} h2{font-size:17pt} h3{font-size:14pt}"""

# a word processor's export: the page painted white (one page-sized rectangle in the PDF),
# headings set by size only, nested ordered lists lettered, ruled tables with a shaded header
EXPORT_CSS = """@page{size:8.5in 11in;margin:1in} body{font-family:Arial,"Liberation Sans",sans-serif;
font-size:11pt;line-height:1.15;margin:0;background:#ffffff} p{margin:0;padding:0 0 8pt 0}
h1{font-size:20pt;font-weight:400;padding-top:20pt;margin:0} h2{font-size:16pt;font-weight:400;
padding-top:18pt;margin:0} h3{font-size:14pt;font-weight:400;color:#434343;padding-top:16pt;margin:0}
ul,ol{margin:0 0 8pt 0;padding-left:36pt} ul ul,ol ol{margin:0;padding-left:30pt}
ul ul{list-style-type:circle} ol ol{list-style-type:lower-alpha}
table{border-collapse:collapse;margin:4pt 0 12pt 0;width:100%}
td,th{border:1pt solid #000;padding:5pt;vertical-align:top;text-align:left} th{background:#efefef}"""


def markdown_html(path: Path) -> str:
    """The document as a web page, tab tables included (mlkg's own Markdown parser)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from ingest.markdown import markdown_parser

    def tab_table(renderer, tokens, idx, options, env):
        rows = [line.split("\t") for line in tokens[idx].content.split("\n")]
        cells = lambda row, tag: "".join(f"<{tag}>{c.strip()}</{tag}>" for c in row)  # noqa: E731
        body = "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows[1:])
        return f"<table><tr>{cells(rows[0], 'th')}</tr>{body}</table>"

    md = markdown_parser()
    md.add_render_rule("tab_table", tab_table)
    body = md.render(path.read_text(encoding="utf-8"))
    return f"<!doctype html><meta charset=utf-8><style>{CSS}</style>{body}"


def chromium_pdf(html_file: Path, out: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise SystemExit("chromium not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                f"--user-data-dir={profile}", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", html_file.resolve().as_uri(),
            ],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def make_pdf(doc: Path, out_dir: Path) -> Path:
    out = out_dir / (doc.stem + ".pdf")
    suffix = doc.suffix.lower()
    if suffix in (".md", ".markdown"):
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / (doc.stem + ".html")
            page.write_text(markdown_html(doc), encoding="utf-8")
            chromium_pdf(page, out)
    elif suffix in (".html", ".htm"):
        chromium_pdf(doc, out)
    elif suffix == ".docx":
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            raise SystemExit("LibreOffice not found (apt-get install libreoffice-writer-nogui)")
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(doc)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    else:
        raise SystemExit(f"{doc}: cannot make a PDF of {suffix} files")
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    global CSS
    if argv and argv[0] == "--export":
        CSS, argv = EXPORT_CSS, argv[1:]
    out_dir = Path(argv[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    made = [make_pdf(Path(d), out_dir) for d in argv[1:]]
    print(json.dumps([{"pdf": str(p), "bytes": p.stat().st_size} for p in made], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
