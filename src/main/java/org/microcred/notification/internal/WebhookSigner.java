package org.microcred.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">} with the
 * endpoint's secret ({@code whsec_} and base64 of 32 random bytes).
 */
public final class WebhookSigner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSigner() {
	}

	public static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return "whsec_" + Base64.getEncoder().encodeToString(key);
	}

	public static String sign(String secret, String messageId, long timestamp, String body) {
		byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signature = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
