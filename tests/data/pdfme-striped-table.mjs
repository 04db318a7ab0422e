// Builds pdfme-striped-table.pdf from pdfme-striped-table.txt with @pdfme/generator 6.1.13 (text, list and table schemas).
import { generate } from '@pdfme/generator';
import { getDynamicTemplate, getDefaultFont } from '@pdfme/common';
import { getDynamicLayoutForSchema } from '@pdfme/schemas/dynamicLayout';
import { text, table, list, line } from '@pdfme/schemas';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
const src = fs.readFileSync(path.join(here, 'pdfme-striped-table.txt'), 'utf8').split('\n');

const F = '/usr/share/fonts/truetype/liberation/';
const font = {
  Sans: { data: fs.readFileSync(F + 'LiberationSans-Regular.ttf'), fallback: true },
  SansBold: { data: fs.readFileSync(F + 'LiberationSans-Bold.ttf') },
  SansItalic: { data: fs.readFileSync(F + 'LiberationSans-Italic.ttf') },
  Mono: { data: fs.readFileSync(F + 'LiberationMono-Regular.ttf') },
};
const variants = { bold: 'SansBold', italic: 'SansItalic', code: 'Mono' };
const X = 18, W = 174;
const schemas = [];
let y = 18, n = 0;
const name = (p) => `${p}${++n}`;
const pad0 = { top: 0, right: 0, bottom: 0, left: 0 };
const baseText = (extra) => ({
  type: 'text', position: { x: X, y }, width: W, height: 5, fontName: 'Sans', fontSize: 9.5, lineHeight: 1.35,
  alignment: 'left', verticalAlignment: 'top', characterSpacing: 0, fontColor: '#1a1a1a', backgroundColor: '',
  overflow: 'expand', textFormat: 'inline-markdown', fontVariants: variants, readOnly: true, ...extra,
});
function add(s, gap, kind) { s.name = name(kind || s.type); s.position = { x: s.position.x, y }; schemas.push(s); y += s.height + gap; }

let i = 0;
while (i < src.length) {
  const l = src[i];
  if (!l.trim()) { i++; continue; }
  if (l.startsWith('# ')) {
    add(baseText({ content: l.slice(2), fontName: 'SansBold', fontSize: 17, fontColor: '#123b6d', height: 9, textFormat: 'plain' }), 1);
    i++; continue;
  }
  if (l.startsWith('@ ')) {
    add(baseText({ content: l.slice(2), fontName: 'SansItalic', fontSize: 9, fontColor: '#555555', height: 5, textFormat: 'plain' }), 2);
    add({ type: 'line', position: { x: X, y }, width: W, height: 0.4, rotate: 0, opacity: 1, readOnly: true, color: '#123b6d' }, 3);
    i++; continue;
  }
  if (l.startsWith('## ')) {
    y += 3;
    add(baseText({ content: l.slice(3), fontName: 'SansBold', fontSize: 13, fontColor: '#123b6d', height: 7, textFormat: 'plain' }), 1.5, 'head');
    i++; continue;
  }
  if (l.startsWith('### ')) {
    y += 1;
    add(baseText({ content: l.slice(4), fontName: 'SansBold', fontSize: 10.5, fontColor: '#2d5f99', height: 5.5, textFormat: 'plain' }), 1, 'head');
    i++; continue;
  }
  if (l.startsWith('> ')) {
    add(baseText({ content: l.slice(2), backgroundColor: '#fff4d6', padding: { top: 2, right: 3, bottom: 2, left: 3 }, height: 8 }), 3);
    i++; continue;
  }
  if (/^(- |\d+\. )/.test(l)) {
    const ordered = /^\d+\. /.test(l);
    const items = [];
    while (i < src.length && (ordered ? /^\d+\. /.test(src[i]) : src[i].startsWith('- '))) {
      items.push(src[i].replace(/^(- |\d+\. )/, '')); i++;
    }
    add(baseText({ type: 'list', content: JSON.stringify(items), listStyle: ordered ? 'ordered' : 'bullet',
      markerWidth: ordered ? 6 : 5, markerGap: 2, itemSpacing: 1, height: 5 }), 2.5);
    continue;
  }
  if (l.startsWith('TABLE')) {
    const widths = l.split(/\s+/)[1].split(',').map(Number);
    i++;
    const rows = [];
    while (i < src.length && src[i].includes(' | ')) { rows.push(src[i].split(' | ').map((c) => c.trim())); i++; }
    const head = rows.shift();
    const cell = (o) => ({ fontName: 'Sans', alignment: 'left', verticalAlignment: 'middle', fontSize: 8.5, lineHeight: 1.2,
      characterSpacing: 0, ...o });
    add({ type: 'table', position: { x: X, y }, width: W, height: 10, showHead: true, repeatHead: true, readOnly: true,
      content: JSON.stringify(rows), head, headWidthPercentages: widths,
      tableStyles: { borderColor: '#9aa7b8', borderWidth: 0.3 },
      headStyles: cell({ fontName: 'SansBold', fontColor: '#ffffff', backgroundColor: '#123b6d', borderColor: '',
        borderWidth: pad0, padding: { top: 2, right: 2, bottom: 2, left: 2 } }),
      bodyStyles: cell({ fontColor: '#1a1a1a', backgroundColor: '', alternateBackgroundColor: '#eef2f8', borderColor: '#c5ceda',
        borderWidth: { top: 0.1, right: 0.1, bottom: 0.1, left: 0.1 }, padding: { top: 1.4, right: 2, bottom: 1.4, left: 2 } }),
      columnStyles: {} }, 3.5);
    continue;
  }
  // paragraph: a single source line
  add(baseText({ content: l, height: 5 }), 2.2);
  i++;
}

// keep-with-next: push headings that would land at the very bottom of a page onto the next page
const PAGE_H = 297, BOTTOM = 16, KEEP = 28;
const basePdf = { width: 210, height: PAGE_H, padding: [16, 16, 16, 16] };
for (let pass = 0; pass < 20; pass++) {
  const dyn = await getDynamicTemplate({ template: { basePdf, schemas: [schemas] }, input: {}, options: { font },
    _cache: new Map(), getDynamicHeights: getDynamicLayoutForSchema });
  let moved = false;
  for (const page of dyn.schemas) {
    for (const s of page) {
      if (!s.name.startsWith('head')) continue;
      const room = PAGE_H - BOTTOM - s.position.y;
      if (room < KEEP) {
        const idx = schemas.findIndex((o) => o.name === s.name);
        for (let k = idx; k < schemas.length; k++) schemas[k].position.y += room + 1;
        moved = true; break;
      }
    }
    if (moved) break;
  }
  if (!moved) break;
}

const template = { basePdf, schemas: [schemas] };
const pdf = await generate({ template, inputs: [{}], plugins: { text, table, list, line }, options: { font,
  title: 'Module 4 Handout: SageMaker Built-in Algorithms and Model Tuning', author: 'MLS-C01 bootcamp instructor', lang: 'en' } });
fs.writeFileSync(path.join(here, 'pdfme-striped-table.pdf'), pdf);
console.log('schemas:', schemas.length);
