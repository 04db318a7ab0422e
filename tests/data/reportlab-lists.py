"""Makes reportlab-lists.pdf: a ReportLab list (ListFlowable, dingbat bullets) that a page
break cuts, then a justified paragraph. Run with an interpreter that has reportlab:
python reportlab-lists.py reportlab-lists.pdf 310 (the space in points before the list)"""

import sys

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

styles = getSampleStyleSheet()
# set as a printed book sets its text: Times, justified, list items too
body = styles["BodyText"].clone("body", fontName="Times-Roman", fontSize=10.5, leading=14)
justified = body.clone("justified", alignment=TA_JUSTIFY)
story = [Paragraph("Quill tuning", styles["Heading1"])]
story += [Paragraph("Quill reads rows from a store and scores them. " * 6, justified)] * 7
story.append(Spacer(1, float(sys.argv[2]) if len(sys.argv) > 2 else 0))
story.append(Paragraph("My checklist when Quill overfits, in the order I try them:", body))
items = [
    "lower <font face='Courier'>depth</font> so each tree is shallower;",
    "raise <font face='Courier'>min_leaf</font>;",
    "use <font face='Courier'>row_share</font> below 1.0 so every tree sees only part of the "
    "rows and columns of the store it reads;",
    "turn up <font face='Courier'>penalty</font>.",
]
story.append(
    ListFlowable(
        [ListItem(Paragraph(t, justified), leftIndent=14) for t in items],
        bulletType="bullet",
        bulletFontName="Helvetica",
        bulletFontSize=9,
        leftIndent=14,
        bulletDedent=11,
    )
)
story.append(
    Paragraph(
        "For skewed labels the knob is <font face='Courier'>weight_ratio</font>; a starting "
        "value is the count of negative rows over the count of positive rows, and it pairs "
        "with a ranking metric rather than plain accuracy on a store of skewed rows.",
        justified,
    )
)
story.append(Spacer(1, 12))
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
