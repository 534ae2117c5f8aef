// make_dumps.mjs — how the committed faker-js dumps in this directory were made.
//
// NOT run by CI (CI has no npm step): the .csv/.tsv files and their *.types.json truth are
// committed, and tests/cli/faker_accuracy.sh checks leakscope against them. To remake them:
//
//     mkdir /tmp/fk && cd /tmp/fk && npm init -y && npm install @faker-js/faker@10.6.0
//     cp /path/to/leakscope/tests/data/faker/make_dumps.mjs . && node make_dumps.mjs OUTDIR
//
// The data is faker's output as it comes: values are only joined into rows (and dates,
// which faker returns as Date objects, formatted). Nothing is adjusted to suit leakscope.
// The truth for each dump is computed here from what was generated, including the number
// of card / IBAN / email values and how many of them are valid (checked below, not assumed).
//
// Same seed + same faker version => byte-identical files.
import { fakerFR, fakerEN_GB } from '@faker-js/faker';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';

const OUT = process.argv[2] || '.';
const require = createRequire(import.meta.url);
const FAKER_VERSION = JSON.parse(readFileSync(
    join(dirname(require.resolve('@faker-js/faker')), '..', 'package.json'), 'utf8')).version;
const REF_DATE = '2025-06-01T12:00:00.000Z'; // birthdate()/past() are relative to this

// ---- independent checkers for the truth ------------------------------------------------

// Luhn over the digits of a value (separators ignored).
function luhnOk(s) {
    const d = s.replace(/[^0-9]/g, '');
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
        let x = d.charCodeAt(d.length - 1 - i) - 48;
        if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
        sum += x;
    }
    return d.length >= 12 && d.length <= 19 && sum % 10 === 0;
}

// Card issuer by IIN (only to describe what faker made).
function issuer(s) {
    const d = s.replace(/[^0-9]/g, '');
    const p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4);
    if (d[0] === '4') return 'visa';
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return 'mastercard';
    if (p2 === 34 || p2 === 37) return 'amex';
    if (p4 === 6011 || p2 === 65) return 'discover';
    if (p4 >= 3528 && p4 <= 3589) return 'jcb';
    if ((p3 >= 300 && p3 <= 305) || p2 === 36) return 'diners';
    return 'other';
}

// IBAN lengths of the SWIFT IBAN registry (countries faker uses, plus the common ones).
// Written from the registry, not copied from leakscope. Iran (IR) is NOT in the registry.
const IBAN_REGISTRY = {
    AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21,
    CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27,
    GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26,
    IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
    ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25,
    QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TL: 23, TN: 24, TR: 26,
    VG: 24, XK: 20,
};
function ibanNorm(s) { return s.replace(/\s+/g, '').toUpperCase(); }
function ibanMod97Ok(s) {
    const v = ibanNorm(s);
    if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(v)) return false;
    const r = v.slice(4) + v.slice(0, 4);
    let m = 0;
    for (const ch of r) {
        const n = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
        for (const c of n) m = (m * 10 + (c.charCodeAt(0) - 48)) % 97;
    }
    return m === 1;
}
function ibanRegistryOk(s) { const v = ibanNorm(s); return IBAN_REGISTRY[v.slice(0, 2)] === v.length; }

// Pragmatic email syntax (DESIGN/issue 3): one @, allowed local characters, dotted domain
// with an alphabetic TLD, length limits.
function emailOk(s) {
    const v = s.trim();
    const at = v.indexOf('@');
    if (at < 1 || at !== v.lastIndexOf('@') || v.length > 254) return false;
    const local = v.slice(0, at), dom = v.slice(at + 1);
    return local.length <= 64 && /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local)
        && /^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/.test(dom);
}

// French phone numbers as faker fr writes them (national 0X or +33 X, spaces allowed).
function frPhoneOk(s) { return /^(0|\+33)[1-9][0-9]{8}$/.test(s.replace(/[ .-]/g, '')); }
function frPhoneE164(s) { const d = s.replace(/[ .-]/g, ''); return '+33' + d.slice(d.startsWith('0') ? 1 : 3); }

// ---- helpers -------------------------------------------------------------------------------

const pad = (n) => String(n).padStart(2, '0');
const dmy = (d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const ymd = (d) => d.toISOString().slice(0, 10);

function field(v, delim) {
    if (v === undefined || v === null) return '';
    v = String(v);
    if (delim === '\t') {
        if (/[\t\r\n]/.test(v)) throw new Error(`TSV value needs escaping: ${v}`);
        return v;
    }
    return /["\r\n]/.test(v) || v.includes(delim) ? '"' + v.replace(/"/g, '""') + '"' : v;
}

// Shape of a phone value: digits -> 9, keep the rest (to list faker's formats).
const shape = (v) => v.replace(/[0-9]/g, '9');

// spec: [{name, faker, type, gen(ctx) -> value, note?, known_gap?}]
function makeDump({ faker, file, locale, seed, delim, header, rows, spec, checks, notes }) {
    faker.seed(seed);
    faker.setDefaultRefDate(REF_DATE);
    const lines = [];
    if (header) lines.push(spec.map((c) => field(c.name, delim)).join(delim));
    const colvals = spec.map(() => []);
    for (let r = 0; r < rows; r++) {
        const ctx = { faker };
        const row = spec.map((c, j) => {
            const v = c.gen(ctx);
            colvals[j].push(v === undefined ? '' : String(v));
            return field(v, delim);
        });
        lines.push(row.join(delim));
    }
    writeFileSync(join(OUT, file), lines.join('\n') + '\n');

    const columns = {};
    spec.forEach((c, j) => {
        const o = { name: header ? c.name : null, faker: c.faker, type: c.type };
        if (c.note) o.note = c.note;
        if (c.known_gap) o.known_gap = c.known_gap;
        if (c.type === 'phone') {
            const f = {}, pfx = {};
            for (const v of colvals[j]) {
                f[shape(v)] = (f[shape(v)] || 0) + 1;
                const d = v.replace(/[^0-9+]/g, ''), k = d.startsWith('+') ? d.slice(0, 4) : d.slice(0, 2);
                pfx[k] = (pfx[k] || 0) + 1;
            }
            o.formats = Object.fromEntries(Object.entries(f).sort((a, b) => b[1] - a[1]));
            o.prefixes = Object.fromEntries(Object.entries(pfx).sort());
        }
        columns[j] = o;
    });

    // Checked columns: how many values faker made and how many are valid, by the checkers
    // above. categories: the same summed per type the way the report contract counts them
    // (records with >= 1 valid value, valid values, distinct valid values once normalised).
    const chk = [], cat = {};
    for (const [type, idx] of checks) {
        const vals = colvals[idx].filter((v) => v !== '');
        const c = { type, index: idx, values: vals.length };
        let okf, norm;
        if (type === 'card_number') {
            okf = luhnOk; norm = (v) => v.replace(/[^0-9]/g, '');
            c.luhn_valid = vals.filter(luhnOk).length;
            c.issuers = {};
            for (const v of vals) c.issuers[issuer(v)] = (c.issuers[issuer(v)] || 0) + 1;
            c.note = 'faker card formats end in a Luhn digit (L); valid = Luhn-valid, checked here';
        } else if (type === 'iban') {
            okf = (v) => ibanMod97Ok(v) && ibanRegistryOk(v); norm = ibanNorm;
            c.mod97_valid = vals.filter(ibanMod97Ok).length;
            c.mod97_valid_not_in_registry = vals.filter((v) => ibanMod97Ok(v) && !ibanRegistryOk(v)).length;
            const cc = {};
            for (const v of vals) { const k = ibanNorm(v).slice(0, 2); cc[k] = (cc[k] || 0) + 1; }
            c.countries = Object.fromEntries(Object.entries(cc).sort());
            c.note = 'valid = mod-97 valid AND country/length in the SWIFT IBAN registry';
        } else if (type === 'email') {
            okf = emailOk; norm = (v) => v.trim().toLowerCase();
        } else if (type === 'phone') {
            okf = frPhoneOk; norm = frPhoneE164;
            c.note = 'French numbers only: 0[1-9] + 8 digits or +33 [1-9] + 8 digits; normalised to E.164';
        } else throw new Error(`no checker for ${type}`);
        const ok = vals.filter(okf);
        c.valid = ok.length;
        c.invalid = vals.length - ok.length;
        chk.push(c);
        const k = (cat[type] ||= { columns: 0, rows: new Set(), valid: 0, uniq: new Set() });
        k.columns++;
        k.valid += ok.length;
        colvals[idx].forEach((v, r) => { if (v !== '' && okf(v)) { k.rows.add(r); k.uniq.add(norm(v)); } });
    }
    const categories = Object.fromEntries(Object.entries(cat).map(([t, k]) =>
        [t, { columns: k.columns, records: k.rows.size, valid: k.valid, unique: k.uniq.size }]));

    const truth = {
        generator: '@faker-js/faker', faker_version: FAKER_VERSION, made_by: 'tests/data/faker/make_dumps.mjs',
        locale, seed, ref_date: REF_DATE, file, format: delim === '\t' ? 'tsv' : 'csv',
        delimiter: delim, header, encoding: 'utf-8', line_endings: 'lf', records: rows,
        notes,
        columns, checks: chk, categories,
    };
    writeFileSync(join(OUT, file.replace(/\.(csv|tsv)$/, '.types.json')), JSON.stringify(truth, null, 1) + '\n');
}

// ---- shared non-PII columns (what must stay unknown / number / free_text / date) ------------

const nonPii = (lang) => [
    { name: lang === 'fr' ? 'ref_produit' : 'sku', faker: "helpers.replaceSymbols('???-####')", type: 'non_pii',
      gen: ({ faker }) => faker.helpers.replaceSymbols('???-####') },
    { name: lang === 'fr' ? 'produit' : 'product', faker: 'commerce.productName()', type: 'non_pii',
      gen: ({ faker }) => faker.commerce.productName() },
    { name: lang === 'fr' ? 'montant' : 'amount', faker: 'commerce.price()', type: 'non_pii',
      gen: ({ faker }) => faker.commerce.price() },
    { name: lang === 'fr' ? 'statut' : 'status', faker: 'helpers.arrayElement([...])', type: 'non_pii',
      gen: ({ faker }) => faker.helpers.arrayElement(lang === 'fr'
          ? ['en cours', 'expédiée', 'livrée', 'annulée', 'remboursée']
          : ['pending', 'shipped', 'delivered', 'cancelled', 'refunded']) },
    { name: lang === 'fr' ? 'note' : 'rating', faker: 'number.int({min:1,max:5})', type: 'non_pii',
      gen: ({ faker }) => faker.number.int({ min: 1, max: 5 }) },
    { name: 'photo', faker: "'photos/' + system.commonFileName('jpg')", type: 'non_pii',
      gen: ({ faker }) => 'photos/' + faker.system.commonFileName('jpg') },
    { name: lang === 'fr' ? 'fournisseur' : 'supplier', faker: 'company.name()', type: 'non_pii',
      note: 'a company name (often built from surnames): must not be typed as a person name',
      gen: ({ faker }) => faker.company.name() },
];

// ---- fr_faker.csv -----------------------------------------------------------------------

{
    const spec = [
        { name: 'civilité', faker: 'person.prefix()', type: 'gender',
          note: 'M / Mme / Mlle, and the generic Dr / Prof (not gender values)',
          gen: ({ faker }) => faker.person.prefix() },
        { name: 'nom', faker: 'person.lastName()', type: 'last_name',
          gen: (ctx) => (ctx.last = ctx.faker.person.lastName()) },
        { name: 'prénom', faker: 'person.firstName()', type: 'first_name',
          gen: (ctx) => (ctx.first = ctx.faker.person.firstName()) },
        { name: 'sexe', faker: 'person.sex()', type: 'gender', gen: ({ faker }) => faker.person.sex() },
        { name: 'date_naissance', faker: 'date.birthdate() as DD/MM/YYYY', type: 'date_of_birth',
          gen: ({ faker }) => dmy(faker.date.birthdate()) },
        { name: 'email', faker: 'internet.email({firstName,lastName})', type: 'email',
          gen: (ctx) => ctx.faker.internet.email({ firstName: ctx.first, lastName: ctx.last }) },
        { name: 'téléphone', faker: 'phone.number()', type: 'phone',
          note: "faker's default 'human' style: +33 then 9 digits, or 0[1-7] + 8 digits, unspaced; all are French numbers",
          gen: ({ faker }) => faker.phone.number() },
        { name: 'portable', faker: "phone.number({style:'national'})", type: 'phone',
          note: "'national' style: 0[1-7] ## ## ## ##",
          gen: ({ faker }) => faker.phone.number({ style: 'national' }) },
        { name: 'adresse', faker: 'location.streetAddress()', type: 'street_address',
          gen: ({ faker }) => faker.location.streetAddress() },
        { name: 'code_postal', faker: 'location.zipCode()', type: 'postal_code',
          note: 'faker FR: 01###..95### and DOM 971##..989##',
          gen: ({ faker }) => faker.location.zipCode() },
        { name: 'ville', faker: 'location.city()', type: 'city', gen: ({ faker }) => faker.location.city() },
        { name: 'pays', faker: 'location.country()', type: 'country',
          note: 'country names in French (random countries)',
          gen: ({ faker }) => faker.location.country() },
        { name: 'iban', faker: "finance.iban({formatted:true,countryCode:'FR'}) for ~70% of rows", type: 'iban',
          gen: ({ faker }) => faker.helpers.maybe(() => faker.finance.iban({ formatted: true, countryCode: 'FR' }), { probability: 0.7 }) },
        { name: 'bic', faker: 'finance.bic() for ~70% of rows', type: 'bic',
          gen: ({ faker }) => faker.helpers.maybe(() => faker.finance.bic(), { probability: 0.7 }) },
        { name: 'carte_bancaire', faker: 'finance.creditCardNumber() for ~50% of rows', type: 'card_number',
          gen: ({ faker }) => faker.helpers.maybe(() => faker.finance.creditCardNumber(), { probability: 0.5 }) },
        { name: 'adresse_ip', faker: 'internet.ipv4()', type: 'ipv4', gen: ({ faker }) => faker.internet.ipv4() },
        ...nonPii('fr'),
        { name: 'date_commande', faker: 'date.past({years:2}) as DD/MM/YYYY', type: 'non_pii',
          note: 'an order date in the two years before ref_date: must not be typed date_of_birth',
          gen: ({ faker }) => dmy(faker.date.past({ years: 2 })) },
        { name: 'commentaire', faker: 'lorem.sentence() for ~40% of rows', type: 'non_pii',
          gen: ({ faker }) => faker.helpers.maybe(() => faker.lorem.sentence(), { probability: 0.4 }) },
    ];
    const idx = (n) => spec.findIndex((c) => c.name === n);
    makeDump({ faker: fakerFR, file: 'fr_faker.csv', locale: 'fr', seed: 3301, delim: ';', header: true,
        rows: 600, spec, checks: [['email', idx('email')], ['phone', idx('téléphone')], ['phone', idx('portable')],
            ['iban', idx('iban')], ['card_number', idx('carte_bancaire')]],
        notes: 'French customer/order dump. Phones: every value is a French number (expected type phone).' });
}

// ---- en_faker.csv (en_GB) -----------------------------------------------------------------

// Known gaps (see README.md): a column whose expected type leakscope cannot reach because of
// how faker writes it. The test prints them as KNOWN GAP, neither pass nor fail.
const KNOWN_GAP_POSTCODE =
    "faker en_GB zipCode() is not a UK postcode about 2 times in 3: half the values are 'AA## ##A' " +
    "(inward code digit-digit-letter, e.g. 'EH12 02T'), and the UK-shaped half draws the inward letters " +
    "from A-Z, so ~40% use C/I/K/M/O/V, which Royal Mail never uses (e.g. 'BD3 1WI'). With no header, " +
    'leakscope types a postcode column from values only when >= 80% have a UK/FR layout, or next to a ' +
    'typed city/address; neither holds here.';
const KNOWN_GAP_CITY =
    "header-less city columns are typed only next to a typed postcode column (DESIGN: city is 'header " +
    "plus shape'); the postcode beside it is a known gap, and faker's en_GB city names are invented " +
    "('East Nitzsche Heath'), so no gazetteer would help.";

const enPeople = (withHeaderOnly) => [
    ...(withHeaderOnly ? [{ name: 'user_id', faker: 'string.uuid()', type: 'user_id',
        gen: ({ faker }) => faker.string.uuid() }] : []),
    ...(withHeaderOnly ? [{ name: 'title', faker: 'person.prefix()', type: 'gender',
        note: 'Mr. / Mrs. / Ms. / Miss, and the generic Dr. (not a gender value)',
        gen: ({ faker }) => faker.person.prefix() }] : []),
    { name: 'first_name', faker: 'person.firstName()', type: 'first_name',
      gen: (ctx) => (ctx.first = ctx.faker.person.firstName()) },
    { name: 'last_name', faker: 'person.lastName()', type: 'last_name',
      gen: (ctx) => (ctx.last = ctx.faker.person.lastName()) },
    { name: 'email', faker: 'internet.email({firstName,lastName})', type: 'email',
      gen: (ctx) => ctx.faker.internet.email({ firstName: ctx.first, lastName: ctx.last }) },
    { name: 'phone', faker: 'phone.number()', type: 'phone',
      note: "faker en_GB 'human' style: 01/02/03 geographic, 0500, 055, 056, 08, 0800, 09 numbers, " +
            'spaced; no mobiles. Expected type phone (they are UK-format national numbers)',
      gen: ({ faker }) => faker.phone.number() },
    ...(withHeaderOnly ? [{ name: 'mobile', faker: "phone.number({style:'mobile'})", type: 'phone',
        note: "'mobile' style: 07 + 9 digits, unspaced",
        gen: ({ faker }) => faker.phone.number({ style: 'mobile' }) }] : []),
    { name: 'street_address', faker: 'location.streetAddress()', type: 'street_address',
      gen: ({ faker }) => faker.location.streetAddress() },
    { name: 'city', faker: 'location.city()', type: 'city',
      ...(withHeaderOnly ? {} : { known_gap: KNOWN_GAP_CITY }),
      gen: ({ faker }) => faker.location.city() },
    { name: 'postcode', faker: 'location.zipCode()', type: 'postal_code',
      note: "faker en_GB postcodes: half are 'AA# #??' (UK shape, but any inward letters), half 'AA## ##?' " +
            'whose inward part (digit digit letter) is not a UK postcode shape',
      ...(withHeaderOnly ? {} : { known_gap: KNOWN_GAP_POSTCODE }),
      gen: ({ faker }) => faker.location.zipCode() },
    { name: 'dob', faker: withHeaderOnly ? 'date.birthdate() as YYYY-MM-DD' : 'date.birthdate() as DD/MM/YYYY',
      type: 'date_of_birth',
      gen: ({ faker }) => (withHeaderOnly ? ymd : dmy)(faker.date.birthdate()) },
    ...(withHeaderOnly ? [{ name: 'full_name', faker: 'person.fullName({firstName,lastName})', type: 'full_name',
        gen: (ctx) => ctx.faker.person.fullName({ firstName: ctx.first, lastName: ctx.last }) }] : []),
    { name: 'card_number', faker: 'finance.creditCardNumber() for ~50% of rows', type: 'card_number',
      gen: ({ faker }) => faker.helpers.maybe(() => faker.finance.creditCardNumber(), { probability: 0.5 }) },
    { name: 'iban', faker: 'finance.iban() for ~60% of rows (faker default: random country, unspaced)', type: 'iban',
      gen: ({ faker }) => faker.helpers.maybe(() => faker.finance.iban(), { probability: 0.6 }) },
    { name: 'ip_address', faker: 'internet.ipv4()', type: 'ipv4', gen: ({ faker }) => faker.internet.ipv4() },
    ...(withHeaderOnly ? [
        { name: 'last_ipv6', faker: 'internet.ipv6()', type: 'ipv6', gen: ({ faker }) => faker.internet.ipv6() },
        { name: 'username', faker: 'internet.username({firstName,lastName})', type: 'username',
          gen: (ctx) => ctx.faker.internet.username({ firstName: ctx.first, lastName: ctx.last }) },
        { name: 'password', faker: 'internet.password()', type: 'password',
          note: 'plaintext, 15 random [A-Za-z0-9_-] characters',
          gen: ({ faker }) => faker.internet.password() },
    ] : []),
    { name: 'password_sha1', faker: "string.hexadecimal({length:40,casing:'lower',prefix:''})", type: 'password_hash',
      note: "faker has no password-hash generator; 40 lower-case hex = SHA-1 shape. prefix:'' because " +
            "string.hexadecimal() defaults to a '0x' prefix and mixed case",
      gen: ({ faker }) => faker.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' }) },
];

{
    const spec = [
        ...enPeople(true),
        ...nonPii('en'),
        { name: 'created_at', faker: 'date.past({years:2}).toISOString()', type: 'non_pii',
          gen: ({ faker }) => faker.date.past({ years: 2 }).toISOString() },
        { name: 'order_date', faker: 'date.recent({days:90}) as YYYY-MM-DD', type: 'non_pii',
          note: 'an order date: must not be typed date_of_birth',
          gen: ({ faker }) => ymd(faker.date.recent({ days: 90 })) },
    ];
    const idx = (n) => spec.findIndex((c) => c.name === n);
    makeDump({ faker: fakerEN_GB, file: 'en_faker.csv', locale: 'en_GB', seed: 4402, delim: ',', header: true,
        rows: 500, spec, checks: [['email', idx('email')], ['iban', idx('iban')], ['card_number', idx('card_number')]],
        notes: 'English (en_GB) account/order dump with a header.' });
}

// ---- en_faker_noheader.tsv (en_GB, no header) ----------------------------------------------

{
    const spec = [
        ...enPeople(false),
        ...nonPii('en'),
        { name: 'order_date', faker: 'date.past({years:2}) as DD/MM/YYYY', type: 'non_pii',
          note: 'an order date (same format as the dob column): must not be typed date_of_birth',
          gen: ({ faker }) => dmy(faker.date.past({ years: 2 })) },
    ];
    const idx = (n) => spec.findIndex((c) => c.name === n);
    makeDump({ faker: fakerEN_GB, file: 'en_faker_noheader.tsv', locale: 'en_GB', seed: 5503, delim: '\t', header: false,
        rows: 500, spec, checks: [['email', idx('email')], ['iban', idx('iban')], ['card_number', idx('card_number')]],
        notes: 'The same kind of en_GB data, header-less and tab-separated: typed from values alone. ' +
               'No username/password columns (nothing in a value says "this is a username/plaintext password"). ' +
               'Column names in this truth are null; "faker" says what each column is.' });
}
