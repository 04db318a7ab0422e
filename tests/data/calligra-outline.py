"""Writes calligra-outline.odt (ODF by hand: a title in 20 pt bold, headings of two levels, body
text, a list and a table), which Calligra Words 3.2.1 makes calligra-outline.docx (see
tests/data/README.md)."""

import zipfile

content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:xsl-formatting-objects:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="P1">Fern field notes</text:p>
<text:h text:outline-level="1">Gromble pipes</text:h>
<text:p>A Gromble pipe moves rows from Quill stores into Fern tables every five minutes.</text:p>
<text:p>It needs a Moss key to read encrypted stores.</text:p>
<text:h text:outline-level="2">Gromble settings</text:h>
<text:p>Two settings matter most for throughput.</text:p>
<text:list><text:list-item><text:p>fern_size: rows per batch (default 64)</text:p></text:list-item>
<text:list-item><text:p>flush_wait: seconds a batch waits</text:p></text:list-item></text:list>
<table:table><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Setting</text:p></table:table-cell><table:table-cell><text:p>Range</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>fern_size</text:p></table:table-cell><table:table-cell><text:p>1 to 512</text:p></table:table-cell></table:table-row>
</table:table>
<text:h text:outline-level="1">Quill stores</text:h>
<text:p>Quill stores keep rows for thirty days.</text:p>
</office:text></office:body></office:document-content>"""
manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
meta = '<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta><meta:generator>mk.py</meta:generator></office:meta></office:document-meta>'
styles = '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:xsl-formatting-objects:xmlns:xsl-fo-compatible:1.0" office:version="1.2"><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:default-style><style:style style:name="Standard" style:family="paragraph"/></office:styles></office:document-styles>'
manifest = manifest.replace(
    "</manifest:manifest>",
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>',
)
with zipfile.ZipFile("calligra-outline.odt", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("meta.xml", meta)
    z.writestr("styles.xml", styles)
    z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
