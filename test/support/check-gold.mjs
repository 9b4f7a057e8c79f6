// Checks a hand-annotated set of articles against itself (node builtins only), for test/heldout and
// test/blind. For every NAME.md beside a NAME.gold.json in ROOT/{en,fr,de} it verifies that
//   - the gold file has exactly the expected keys and value types, and the set's "about";
//   - lang / publicationDate agree with the folder and the Markdown frontmatter;
//   - every gold "text" (or each of its "parts", whose join by one space must equal "text")
//     occurs verbatim in the article body, in gold order, without overlapping;
//   - each span sits right after an opening quotation mark and right before a closing one
//     (spaces, incl. U+00A0 / U+202F, allowed; a span may also end at the end of its
//     paragraph, for wire-style quotes that run on into the next paragraph);
//   - speakerMention, speakerAliases and people names occur in the article;
//   - with a DISTRACTORS table: every quoted span that is not annotated is listed there (so
//     nothing is left out by accident), and every listed distractor is an unannotated span.
// Sets process.exitCode to 1 if anything is wrong; `verbose` lists the unannotated spans.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const LANGS = ['en', 'fr', 'de'];
const MARKS = '"“”„‟‘’‚‛«»‹›\'';
const SPACE = /[ \u00a0\u202f\u2009]/;


const TOP_KEYS = ['about', 'lang', 'publicationDate', 'quotes', 'dates', 'datesAnnotated', 'people'];
const QUOTE_KEYS = ['text', 'parts', 'speaker', 'speakerMention', 'kind', 'speakerAliases'];

let errors = 0;
const fail = (file, msg) => { errors++; console.log(`  ✗ ${file}: ${msg}`); };

function splitFrontmatter(src) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!m) return { fm: {}, body: src, offset: 0 };
  const fm = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) fm[kv[1]] = kv[2].replace(/^"(.*)"$/, '$1');
  }
  return { fm, body: src.slice(m[0].length), offset: m[0].length };
}

function charBefore(body, i) {
  let j = i - 1;
  while (j >= 0 && SPACE.test(body[j])) j--;
  return j < 0 ? '' : body[j];
}
function charAfter(body, i) {
  let j = i;
  while (j < body.length && SPACE.test(body[j])) j++;
  return j >= body.length ? '\n' : body[j];
}

// Rough list of quoted spans in the body, for --verbose: pairs of opening and closing marks.
function quotedSpans(body, lang) {
  const pairs = lang === 'en' ? [['"', '"'], ['“', '”']]
    : lang === 'fr' ? [['«', '»'], ['“', '”']]
    : body.includes('„') ? [['„', '“']]
    : body.includes('«') && (!body.includes('»') || body.indexOf('«') < body.indexOf('»')) ? [['«', '»']]
    : [['»', '«']];
  const out = [];
  for (const para of body.split(/\n\n+/)) {
    for (const [open, close] of pairs) {
      let i = 0;
      while ((i = para.indexOf(open, i)) !== -1) {
        const j = para.indexOf(close, i + 1);
        if (j === -1) break;
        out.push(para.slice(i + 1, j).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, ''));
        i = j + 1;
      }
    }
  }
  return out;
}

/**
 * @param {{root: string, about: string, distractors?: Record<string, string[]>, verbose?: boolean}} set
 */
export function checkSet({root: here, about, distractors, verbose = false}) {
  errors = 0;
  const totals = {};
  for (const lang of LANGS) {
    const dir = join(here, lang);
    if (!existsSync(dir)) { fail(lang, 'missing folder'); continue; }
    const mds = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    totals[lang] = { articles: 0, quotes: 0, full: 0, partial: 0, split: 0, nullSpeaker: 0 };
    for (const md of mds) {
      const name = md.slice(0, -3);
      const file = `${lang}/${md}`;
      const goldPath = join(dir, `${name}.gold.json`);
      if (!existsSync(goldPath)) { fail(file, 'no .gold.json beside it'); continue; }
      let gold;
      try { gold = JSON.parse(readFileSync(goldPath, 'utf8')); } catch (e) { fail(file, `bad JSON: ${e.message}`); continue; }
      const src = readFileSync(join(dir, md), 'utf8');
      const { fm, body } = splitFrontmatter(src);
      totals[lang].articles++;
      const errorsBefore = errors;

      // --- shape
      const keys = Object.keys(gold);
      if (keys.join() !== TOP_KEYS.join()) fail(file, `top-level keys ${keys.join()} ≠ ${TOP_KEYS.join()}`);
      if (gold.about !== about) fail(file, 'unexpected "about"');
      if (gold.lang !== lang || fm.lang !== lang) fail(file, `lang: folder ${lang}, gold ${gold.lang}, frontmatter ${fm.lang}`);
      if (gold.publicationDate !== fm.date || !/^\d{4}-\d{2}-\d{2}$/.test(gold.publicationDate ?? '')) fail(file, `publicationDate ${gold.publicationDate} ≠ frontmatter date ${fm.date}`);
      if (!Array.isArray(gold.dates) || gold.dates.length !== 0 || gold.datesAnnotated !== false) fail(file, 'dates must be [] with datesAnnotated false');
      if (!fm.title) fail(file, 'frontmatter has no title');
      if (!/^# \S/m.test(body)) fail(file, 'no "# headline"');
      const paras = body.split(/\n\n+/).filter((p) => p.trim() && !p.trim().startsWith('#'));
      if (paras.length < 6 || paras.length > 12) fail(file, `${paras.length} paragraphs (want 6–12)`);

      for (const p of gold.people ?? []) {
        if (typeof p.name !== 'string' || !Array.isArray(p.aliases)) { fail(file, `bad person ${JSON.stringify(p)}`); continue; }
        for (const n of [p.name, ...p.aliases]) if (!body.includes(n)) fail(file, `person name/alias not in article: ${n}`);
      }

      // --- quotes, in order
      let cursor = 0;
      const annotated = new Set();
      (gold.quotes ?? []).forEach((q, n) => {
        const tag = `quote #${n + 1} (${JSON.stringify((q.text ?? '').slice(0, 40))}…)`;
        const qkeys = Object.keys(q);
        const expected = QUOTE_KEYS.filter((k) => k !== 'parts' || 'parts' in q);
        if (qkeys.join() !== expected.join()) fail(file, `${tag}: keys ${qkeys.join()} ≠ ${expected.join()}`);
        if (typeof q.text !== 'string' || !q.text) fail(file, `${tag}: empty text`);
        if (!(q.speaker === null || (typeof q.speaker === 'string' && q.speaker))) fail(file, `${tag}: speaker must be a string or null`);
        if (!(q.speakerMention === null || typeof q.speakerMention === 'string')) fail(file, `${tag}: speakerMention must be a string or null`);
        if (q.speaker === null && q.speakerMention !== null) fail(file, `${tag}: null speaker with a mention`);
        if (!['full', 'partial'].includes(q.kind)) fail(file, `${tag}: kind ${q.kind}`);
        if (!Array.isArray(q.speakerAliases)) fail(file, `${tag}: speakerAliases must be an array`);
        const spans = q.parts ?? [q.text];
        if (q.parts) {
          if (!Array.isArray(q.parts) || q.parts.length < 2) fail(file, `${tag}: parts must have 2+ items`);
          else if (q.parts.join(' ') !== q.text) fail(file, `${tag}: text is not its parts joined by one space`);
        }
        if (/^\s|\s$/.test(q.text)) fail(file, `${tag}: text has leading/trailing space`);
        for (const span of spans) {
          const at = body.indexOf(span, cursor);
          if (at === -1) {
            const anywhere = body.indexOf(span);
            fail(file, `${tag}: span ${JSON.stringify(span)} ${anywhere === -1 ? 'not found verbatim' : 'found only before the previous quote (order)'}`);
            continue;
          }
          const before = charBefore(body, at);
          const after = charAfter(body, at + span.length);
          if (!MARKS.includes(before)) fail(file, `${tag}: span not preceded by an opening mark (got ${JSON.stringify(before)})`);
          if (!MARKS.includes(after) && after !== '\n') fail(file, `${tag}: span not followed by a closing mark or paragraph end (got ${JSON.stringify(after)})`);
          annotated.add(span);
          cursor = at + span.length;
        }
        if (q.speakerMention && !body.includes(q.speakerMention)) fail(file, `${tag}: speakerMention ${JSON.stringify(q.speakerMention)} not in article`);
        for (const a of q.speakerAliases ?? []) if (!body.includes(a)) fail(file, `${tag}: alias ${JSON.stringify(a)} not in article`);
        const t = totals[lang];
        t.quotes++; t[q.kind] = (t[q.kind] ?? 0) + 1;
        if (q.parts) t.split++;
        if (q.speaker === null) t.nullSpeaker++;
      });

      const unannotated = quotedSpans(body, lang).filter((s) => ![...annotated].some((a) => a.includes(s) || s.includes(a)));
      if (distractors) {
        const listed = distractors[`${lang}/${name}`] ?? [];
        for (const s of unannotated) if (!listed.includes(s)) fail(file, `quoted span neither annotated nor listed as distractor: ${JSON.stringify(s)}`);
        for (const d of listed) if (!unannotated.includes(d)) fail(file, `distractor ${JSON.stringify(d)} is not an unannotated quoted span of the article`);
        totals[lang].distractors = (totals[lang].distractors ?? 0) + listed.length;
      }
      if (verbose) for (const s of unannotated) console.log(`    · ${file}: unannotated ${JSON.stringify(s)}`);
      if (errors === errorsBefore) console.log(`  ✓ ${file}: ${(gold.quotes ?? []).length} quotes`);
    }
  }

  console.log('');
  for (const [lang, t] of Object.entries(totals)) {
    const listed = distractors ? `; ${t.distractors ?? 0} distractors` : '';
    console.log(`${lang}: ${t.articles} articles, ${t.quotes} quotes (${t.full} full, ${t.partial} partial; ${t.split} split; ${t.nullSpeaker} without speaker)${listed}`);
  }
  if (errors) { console.log(`\n${errors} problem(s)`); process.exitCode = 1; return; }
  console.log('\nall gold spans found verbatim, in order');
}
