#!/usr/bin/env node
// The W3C RDFC-1.0 test suite through rdf-canonize 5.0.0 (the reference canonicalizer), compared case by case
// with the expected results and with Microcred's (written by InteropVerify canon-suite).
// Usage: node canon-suite.mjs <rdf-canon-tests dir> <microcred results.json>
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import canonize from 'rdf-canonize';

const [suite, javaResults] = process.argv.slice(2);
if(!suite || !javaResults) {
  console.error('Usage: node canon-suite.mjs <rdf-canon-tests dir> <microcred results.json>');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(suite, 'manifest.jsonld'), 'utf8'));
const java = JSON.parse(readFileSync(javaResults, 'utf8'));
const sameMap = (a, b) => JSON.stringify(Object.entries(a || {}).sort()) === JSON.stringify(Object.entries(b || {}).sort());

let passed = 0;
let failed = 0;
for(const entry of manifest.entries) {
  const input = readFileSync(join(suite, entry.action), 'utf8');
  const options = {
    algorithm: 'RDFC-1.0',
    messageDigestAlgorithm: entry.hashAlgorithm === 'SHA384' ? 'sha384' : 'sha256',
    // the suite's "high" cases need deep iterations up to the cube of the tied blank nodes, as Microcred allows
    maxWorkFactor: 3
  };
  const ours = java[entry.id] || {};
  let ok;
  let reference;
  try {
    if(entry.type === 'rdfc:RDFC10MapTest') {
      const canonicalIdMap = new Map();
      await canonize.canonize(canonize.NQuads.parse(input), {...options, canonicalIdMap});
      reference = Object.fromEntries([...canonicalIdMap].map(([from, to]) => [from.replace(/^_:/, ''), to.replace(/^_:/, '')]));
      const expected = JSON.parse(readFileSync(join(suite, entry.result), 'utf8'));
      ok = sameMap(reference, expected) && sameMap(ours.map, reference);
    } else {
      reference = await canonize.canonize(canonize.NQuads.parse(input), options);
      const expected = entry.result ? readFileSync(join(suite, entry.result), 'utf8') : null;
      ok = entry.type !== 'rdfc:RDFC10NegativeEvalTest' && reference === expected && ours.nquads === reference &&
        (ours.fast === undefined || ours.fast === reference);
    }
  } catch(error) {
    reference = `refused: ${error.message}`;
    ok = entry.type === 'rdfc:RDFC10NegativeEvalTest' && ours.error !== undefined;
  }
  if(ok) {
    passed++;
  } else {
    failed++;
    console.log(`DIFFERS ${entry.id} ${entry.name}\n  rdf-canonize: ${JSON.stringify(reference).slice(0, 300)}\n  Microcred: ${JSON.stringify(ours).slice(0, 300)}`);
  }
}
console.log(`RDFC-1.0 suite, rdf-canonize and Microcred alike: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
