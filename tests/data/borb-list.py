"""Makes borb-list.pdf: a heading, a paragraph, a bulleted list (borb prints its bullets as
the letter "l" in ZapfDingbats), a paragraph after it. Run with borb 3: python borb-list.py"""

from borb.pdf import (
    PDF,
    Document,
    Page,
    Paragraph,
    SingleColumnLayout,
    Standard14Fonts,
    UnorderedList,
)

doc = Document()
page = Page()
doc.append_page(page)
layout = SingleColumnLayout(page)
layout.append_layout_element(
    Paragraph("Quill Segmenter", font_size=16, font=Standard14Fonts.get("Helvetica-Bold"))
)
layout.append_layout_element(
    Paragraph(
        "Quill Segmenter labels every pixel of an image. It offers three network architectures:"
    )
)
items = UnorderedList()
for name in ("Fern Convolutional Network (FCN)", "Moss Scene Parsing (MSP)", "ZorbLabV3"):
    items.append_layout_element(Paragraph(name))
layout.append_layout_element(items)
layout.append_layout_element(Paragraph("The encoder backbone is Bramble-50 or Bramble-101."))
PDF.write(what=doc, where_to="borb-list.pdf")
