package org.microcred.badge.vc.jwt;

import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.keys.Ed25519Verifier;

/**
 * EdDSA (Ed25519) for Nimbus JOSE on BouncyCastle; Nimbus's own Ed25519 classes need Google Tink, which the
 * project does not ship.
 */
final class BouncyCastleEd25519 {

	private BouncyCastleEd25519() {
	}

	static JWSSigner signer(Ed25519KeyPair key) {
		return new Signer(key);
	}

	static JWSVerifier verifier(byte[] publicKey) {
		return new Verifier(publicKey);
	}

	private abstract static class Provider implements com.nimbusds.jose.JWSProvider {

		private final JCAContext context = new JCAContext();

		@Override
		public Set<JWSAlgorithm> supportedJWSAlgorithms() {
			return Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
		}

		@Override
		public JCAContext getJCAContext() {
			return this.context;
		}

	}

	private static final class Signer extends Provider implements JWSSigner {

		private final Ed25519KeyPair key;

		Signer(Ed25519KeyPair key) {
			this.key = key;
		}

		@Override
		public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
			if (!supportedJWSAlgorithms().contains(header.getAlgorithm())) {
				throw new JOSEException("Only EdDSA is supported by this signer");
			}
			return Base64URL.encode(this.key.sign(signingInput));
		}

	}

	private static final class Verifier extends Provider implements JWSVerifier {

		private final byte[] publicKey;

		Verifier(byte[] publicKey) {
			this.publicKey = publicKey.clone();
		}

		@Override
		public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
			return supportedJWSAlgorithms().contains(header.getAlgorithm())
					&& Ed25519Verifier.verify(this.publicKey, signingInput, signature.decode());
		}

	}

}
