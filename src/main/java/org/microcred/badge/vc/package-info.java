/**
 * The credential engine: Open Badges 3.0 verifiable credentials signed with eddsa-rdfc-2022 Data Integrity
 * proofs. Sub-packages hold the bundled JSON-LD contexts ({@code jsonld}), RDFC-1.0 canonicalization
 * ({@code canon}), Ed25519 Multikeys and DID documents ({@code keys}), proofs ({@code proof}), Bitstring
 * Status Lists ({@code status}), baked images ({@code baking}), VC-JWT ({@code jwt}) and the verifier for
 * anyone's credentials ({@code verify}). Plain Java: no Spring beans, every class is built with its
 * constructor.
 */
package org.microcred.badge.vc;
