-- OpenID4VCI: a teacher's offer of one credential to a wallet (pre-authorized code flow). Codes, PINs and access
-- tokens are stored as SHA-256 hashes only. The status moves OFFERED -> TOKEN_ISSUED -> DELIVERED, once each.
create table wallet_offer (
    id uuid primary key,
    credential_id uuid not null,
    teacher_id uuid not null,
    code_hash text not null unique,
    tx_code_hash text,
    status text not null default 'OFFERED' check (status in ('OFFERED', 'TOKEN_ISSUED', 'DELIVERED')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    token_hash text unique,
    token_expires_at timestamptz,
    failed_tx_codes int not null default 0,
    holder_did text,
    delivered_at timestamptz
);
create index wallet_offer_teacher on wallet_offer (teacher_id, created_at desc);

-- c_nonce values handed out by the nonce endpoint: each accepted once in a proof of possession, until it expires.
create table wallet_nonce (
    nonce_hash text primary key,
    expires_at timestamptz not null,
    used_at timestamptz
);
