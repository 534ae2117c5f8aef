// bench only: DuckDB answers the narrower question leakscope's full analysis also answers
// (records, distinct records, distinct e-mails) on the same ';'-CSV. Prints one JSON line.
// Usage: node query.mjs FILE.csv
import { DuckDBInstance } from '@duckdb/node-api';
const f = process.argv[2];
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
const t0 = Date.now();
const r = await con.runAndReadAll(`WITH t AS MATERIALIZED (SELECT * FROM read_csv('${f}', delim=';', header=true, all_varchar=true, quote='"', escape='"', strict_mode=false))
SELECT (SELECT count(*) FROM t) AS records, (SELECT count(*) FROM (SELECT DISTINCT * FROM t)) AS distinct_records, (SELECT count(DISTINCT lower(trim(email))) FROM t) AS distinct_emails`);
console.log(JSON.stringify({rows: r.getRows().map(x => x.map(v => Number(v))), seconds: (Date.now()-t0)/1000}));
