#!/usr/bin/env node
// An independent wallet: the OpenID Foundation's TypeScript OpenID4VCI client (@openid4vc/openid4vci) receives the
// demo teacher's badge from a running Microcred, once as a Data Integrity credential (ldp_vc) and once as a VC-JWT
// (jwt_vc_json), each bound to a fresh Ed25519 key of the wallet (did:jwk), through the pre-authorized code flow
// with a PIN. What it received is written as a fixture directory for verify.mjs and jwt.mjs.
// Usage: node wallet.mjs <base URL of the running app> <out dir>
import {createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign} from 'node:crypto';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {Openid4vciClient, setGlobalConfig} from '@openid4vc/openid4vci';
import {clientAuthenticationAnonymous} from '@openid4vc/oauth2';

const [base, out] = process.argv.slice(2);
if(!base || !out) {
  console.error('Usage: node wallet.mjs <base URL> <out dir>');
  process.exit(2);
}
// a test run on loopback over plain HTTP; every other check of the client stays on
setGlobalConfig({allowInsecureUrls: true});

// --- the teacher, in a browser-like session: log in, open "Add to a wallet app", ask for a code with a PIN
const cookies = new Map();
async function page(path, form) {
  const response = await fetch(new URL(path, base), {
    method: form ? 'POST' : 'GET', redirect: 'manual',
    headers: {cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(form ? {'content-type': 'application/x-www-form-urlencoded'} : {})},
    body: form ? new URLSearchParams(form).toString() : undefined
  });
  for(const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  if(response.status >= 300 && response.status < 400) {
    return page(response.headers.get('location'));
  }
  return response.text();
}
const csrf = html => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
const unescape = text => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

const login = await page('/login');
await page('/login', {username: 'teacher@demo.microcred.org', password: 'Microcred-demo-2026', _csrf: csrf(login)});
async function offer() {
  const badges = await page('/teacher/badges');
  const link = /href="(\/teacher\/badges\/[0-9a-f-]{36}\/wallet)"/.exec(badges)?.[1];
  if(!link) {
    throw new Error('The demo teacher has no badge to add to a wallet');
  }
  const explained = await page(link);
  const shown = await page(link, {pin: 'true', _csrf: csrf(explained)});
  const uri = /href="(openid-credential-offer:[^"]+)"/.exec(shown)?.[1];
  const pin = /class="pin">(\d{6})</.exec(shown)?.[1];
  if(!uri || !pin) {
    throw new Error('The offer page shows no offer link or PIN');
  }
  return {uri: unescape(uri), pin};
}

// --- the wallet
const hash = (data, alg) => new Uint8Array(createHash(alg.replace('-', '').toLowerCase()).update(data).digest());
const b64 = value => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function walletKey() {
  const {privateKey, publicKey} = generateKeyPairSync('ed25519');
  const publicJwk = publicKey.export({format: 'jwk'});
  return {privateKey, publicJwk};
}
function client(key) {
  return new Openid4vciClient({callbacks: {
    hash,
    generateRandom: length => new Uint8Array(randomBytes(length)),
    clientAuthentication: clientAuthenticationAnonymous(),
    signJwt: async (signer, {header, payload}) => {
      const input = `${b64(header)}.${b64(payload)}`;
      const signature = sign(null, Buffer.from(input), key.privateKey).toString('base64url');
      return {jwt: `${input}.${signature}`, signerJwk: key.publicJwk};
    }
  }});
}

async function receive(configurationId) {
  const {uri, pin} = await offer();
  const key = walletKey();
  const wallet = client(key);
  const credentialOffer = await wallet.resolveCredentialOffer(uri);
  const issuerMetadata = await wallet.resolveIssuerMetadata(credentialOffer.credential_issuer);
  const {accessTokenResponse} = await wallet.retrievePreAuthorizedCodeAccessTokenFromOffer({
    credentialOffer, issuerMetadata, txCode: pin});
  const {c_nonce: nonce} = await wallet.requestNonce({issuerMetadata});
  const {jwt} = await wallet.createCredentialRequestJwtProof({issuerMetadata, credentialConfigurationId: configurationId,
    nonce, signer: {method: 'jwk', alg: 'EdDSA', publicJwk: key.publicJwk}});
  const response = await wallet.retrieveCredentials({issuerMetadata, credentialConfigurationId: configurationId,
    accessToken: accessTokenResponse.access_token, proofs: {jwt: [jwt]}});
  const received = response.credentialResponse.credentials?.[0]?.credential;
  if(!received) {
    throw new Error(`No credential in the response: ${JSON.stringify(response.credentialResponse)}`);
  }
  // did:jwk of the key with its members in lexicographic order, as Microcred writes it for a key sent as a jwk
  const holder = `did:jwk:${b64(Object.fromEntries(Object.entries(key.publicJwk).sort(([a], [b]) => a < b ? -1 : 1)))}`;
  return {received, holder};
}

const ldp = await receive('OpenBadgeCredential_ldp_vc');
const jwtVc = await receive('OpenBadgeCredential_jwt_vc_json');
if(ldp.received.credentialSubject?.id !== ldp.holder) {
  throw new Error(`The Data Integrity credential is bound to ${ldp.received.credentialSubject?.id}, not the wallet ${ldp.holder}`);
}
const jwtPayload = JSON.parse(Buffer.from(jwtVc.received.split('.')[1], 'base64url').toString('utf8'));
if(jwtPayload.sub !== jwtVc.holder || jwtPayload.credentialSubject?.id !== jwtVc.holder) {
  throw new Error(`The VC-JWT is bound to ${jwtPayload.sub}, not the wallet ${jwtVc.holder}`);
}

// --- a fixture directory of what the wallet holds, with the issuer's DID document and status list as served
rmSync(out, {recursive: true, force: true});
for(const dir of ['credentials', 'documents', 'jwt']) {
  mkdirSync(join(out, dir), {recursive: true});
}
const index = {};
async function document(url, file) {
  const response = await fetch(url);
  if(!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  writeFileSync(join(out, 'documents', file), await response.text());
  index[url] = file;
}
const issuer = ldp.received.issuer.id;
// did:web:<host>:<path…> is read at http(s)://<host>/<path…>/did.json (loopback: the app's own base URL)
const didPath = issuer.split(':').slice(3).join('/');
const didUrl = new URL(`/${didPath}/did.json`, base).toString();
await document(didUrl, 'did.json');
index[issuer] = 'did.json';
delete index[didUrl];
await document(ldp.received.credentialStatus.statusListCredential, 'status.json');
writeFileSync(join(out, 'documents', 'index.json'), JSON.stringify(index));
writeFileSync(join(out, 'credentials', 'wallet.json'), JSON.stringify(ldp.received));
writeFileSync(join(out, 'expected.json'), JSON.stringify({'wallet.json': {verified: true, reason: null}}));
writeFileSync(join(out, 'jwt', 'wallet.jwt'), jwtVc.received);
writeFileSync(join(out, 'jwt', 'expected.json'), JSON.stringify({'wallet.jwt': {verified: true}}));
console.log(`The wallet received both forms bound to its did:jwk (${ldp.holder.slice(0, 32)}…)`);
