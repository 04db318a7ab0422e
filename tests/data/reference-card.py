"""Makes reference-card.pdf: a landscape quick-reference card in three columns, set by
coordinates with fpdf2 (as a hand-made crib sheet is): coloured title bars, bold keys at each
column's margin and their values at a fixed offset, no ruled cells.
Run: python reference-card.py (with fpdf2 installed)."""

from fpdf import FPDF

COLUMNS = [
    (
        "GROMBLE LOADERS",
        [
            ("Drip loader", "one row at a time from Quill queues; slow but never loses a row"),
            ("Bulk loader", "whole files at once, fastest for nightly jobs"),
            ("Zorb loader", "streams from the Zorb hub, needs a Zorb key"),
            ("Fern loader", "reads Fern archives only, read-only access"),
            ("Mossy loader", "legacy; replaced by the Bulk loader in 2024"),
            ("Tansy loader", "samples rows for tests, never for production"),
            ("Quill loader", "writes to Quill tables, keeps the schema"),
            ("Pebble loader", "tiny files, many of them; batches them up"),
        ],
    ),
    (
        "ZORBEX MODELS",
        [
            ("Zorbex Lite", "small tabular model; CPU only"),
            ("Zorbex Deep", "deep model for images; GPU to train"),
            ("Zorbex Text", "word vectors and text classes"),
            ("Zorbex Time", "forecasts many related series at once"),
            ("Zorbex Pair", "embeds pairs of things, like user and item"),
            ("Zorbex Odd", "scores how unusual each row is"),
            ("Zorbex Group", "clusters rows into k groups"),
            ("Zorbex Topic", "finds topics in a pile of documents"),
        ],
    ),
    (
        "QUILL SETTINGS",
        [
            ("Quill depth", "how many levels a Quill tree may grow"),
            ("Quill rounds", "how many trees are built, one after another"),
            ("Quill rate", "how much each new tree counts"),
            ("Quill weight", "balances rare positive rows against the rest"),
            ("Quill fence", "stops a Quill job from writing outside its bucket"),
            ("Quill stop", "ends training when the score stops improving"),
            ("Quill seed", "makes two runs give the same trees"),
            ("Quill cache", "keeps hot rows in memory between rounds"),
        ],
    ),
]

pdf = FPDF(orientation="L", format="A4")
pdf.set_auto_page_break(False)
pdf.add_page()
width = (297 - 2 * 10 - 2 * 8) / 3
for i, (title, rows) in enumerate(COLUMNS):
    x = 10 + i * (width + 8)
    pdf.set_xy(x, 15)
    pdf.set_fill_color(40, 70, 120)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(width, 6, title, fill=True)
    pdf.set_text_color(0, 0, 0)
    y = 24
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 8)
        pdf.cell(24, 4, key)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(x + 25, y)
        pdf.multi_cell(width - 25, 4, value)
        y = pdf.get_y() + 0.3
pdf.set_font("Helvetica", "", 6)
pdf.set_xy(10, 200)
pdf.cell(0, 4, "Gromble crib card v1.0 - page 1")
pdf.output("reference-card.pdf")
