#!/usr/bin/env node
// Independent check of the VC-JWT form of application-issued credentials (OB 3.0 §8.2 "Verify a Credential VC-JWT
// Signature"): the EdDSA signature is checked with Digital Bazaar's Ed25519 Multikey implementation against the key
// the issuer's DID document lists under assertionMethod for the header's kid; the claims iss, jti, sub, nbf and exp
// must repeat the credential; the credential in the payload must validate against the OB 3.0 JSON Schema.
// Usage: node jwt.mjs <export dir> --schema <ob_v3p0_achievementcredential_schema.json>
// <export dir>/jwt/*.jwt, <export dir>/jwt/expected.json { "<file>": { "verified": true|false } },
// <export dir>/documents/index.json (as for verify.mjs).
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import multikeyContext from '@digitalbazaar/multikey-context';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const [dir, flag, schemaPath] = process.argv.slice(2);
if(!dir || flag !== '--schema' || !schemaPath) {
  console.error('Usage: node jwt.mjs <export dir> --schema <schema.json>');
  process.exit(2);
}
const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const index = readJson(join(dir, 'documents', 'index.json'));
const expected = readJson(join(dir, 'jwt', 'expected.json'));
const ajv = new Ajv2019({strict: false, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(readJson(schemaPath));

const decode = part => Buffer.from(part, 'base64url');
const seconds = date => Math.floor(Date.parse(date) / 1000);

async function check(compact) {
  const parts = compact.trim().split('.');
  if(parts.length !== 3) {
    return 'not a compact JWS';
  }
  const header = JSON.parse(decode(parts[0]).toString('utf8'));
  const payload = JSON.parse(decode(parts[1]).toString('utf8'));
  if(header.alg !== 'EdDSA' || header.jwk) {
    return `unexpected header ${JSON.stringify(header)}`;
  }
  const issuer = typeof payload.issuer === 'string' ? payload.issuer : payload.issuer?.id;
  const file = index[issuer];
  if(!file) {
    return `no DID document for ${issuer}`;
  }
  const did = readJson(join(dir, 'documents', file));
  const listed = (did.assertionMethod || []).map(m => typeof m === 'string' ? m : m.id);
  const method = (did.verificationMethod || []).find(m => m.id === header.kid);
  if(!method || !listed.includes(header.kid)) {
    return `kid ${header.kid} is not an assertion method of ${issuer}`;
  }
  const key = await Ed25519Multikey.from({'@context': multikeyContext.CONTEXT_URL, ...method});
  const signed = await key.verifier().verify({
    data: new TextEncoder().encode(`${parts[0]}.${parts[1]}`), signature: new Uint8Array(decode(parts[2]))});
  if(!signed) {
    return 'signature does not verify';
  }
  const claims = {
    iss: issuer, jti: payload.id, sub: payload.credentialSubject?.id,
    nbf: seconds(payload.validFrom), exp: payload.validUntil ? seconds(payload.validUntil) : undefined
  };
  for(const [claim, value] of Object.entries(claims)) {
    if(payload[claim] !== value) {
      return `claim ${claim} is ${payload[claim]}, the credential says ${value}`;
    }
  }
  const credential = {...payload};
  for(const claim of ['iss', 'jti', 'sub', 'nbf', 'exp', 'iat']) {
    delete credential[claim];
  }
  if(!validate(credential)) {
    return `schema: ${ajv.errorsText(validate.errors)}`;
  }
  return null;
}

let failures = 0;
let checked = 0;
for(const file of readdirSync(join(dir, 'jwt')).filter(f => f.endsWith('.jwt')).sort()) {
  const problem = await check(readFileSync(join(dir, 'jwt', file), 'utf8'));
  const want = expected[file];
  checked++;
  if(!want || want.verified !== (problem === null)) {
    failures++;
    console.log(`DISAGREE ${file}: independent ${problem ?? 'verified'}, Microcred ${JSON.stringify(want)}`);
  }
}
console.log(`${checked - failures}/${checked} VC-JWTs: the independent check agrees with Microcred`);
if(checked === 0 || failures > 0) {
  process.exit(1);
}
