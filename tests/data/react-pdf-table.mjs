// Writes react-pdf-table.pdf with @react-pdf/renderer 4.9.0: a table built from Views, its
// header row's cells filled boxes, its other rows parted by a rule only (no edge between
// their cells), between two paragraphs.
import React from "react";
import { Document, Page, View, Text, StyleSheet, renderToFile } from "@react-pdf/renderer";

const h = React.createElement;
const s = StyleSheet.create({
  page: { padding: 40, fontSize: 11 },
  p: { marginBottom: 10 },
  table: { borderWidth: 1, borderColor: "#999", marginBottom: 10 },
  row: { flexDirection: "row", borderBottomWidth: 1, borderColor: "#ccc" },
  head: { flex: 1, padding: 4, backgroundColor: "#dde", fontWeight: "bold" },
  cell: { flex: 1, padding: 4 },
});
const rows = [
  ["grom", "packs rows, one pass", "single CPU"],
  ["quill_pack", "packs rows, two passes", "single CPU or single GPU"],
  ["fernish", "spreads the rows over hosts", "several CPU hosts"],
];
const doc = h(Document, null,
  h(Page, { size: "A4", style: s.page },
    h(Text, { style: s.p }, "Gromble packers come in three modes, set by the mode setting."),
    h(View, { style: s.table },
      h(View, { style: s.row }, ...["Mode", "What it does", "Hardware"].map((x) => h(Text, { style: s.head, key: x }, x))),
      ...rows.map((r) => h(View, { style: s.row, key: r[0] }, ...r.map((x) => h(Text, { style: s.cell, key: x }, x)))),
    ),
    h(Text, { style: s.p }, "Pick fernish only when one host is not enough."),
  ),
);
await renderToFile(doc, "react-pdf-table.pdf");
