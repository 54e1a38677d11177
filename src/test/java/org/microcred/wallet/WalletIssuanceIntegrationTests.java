package org.microcred.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.badge.VerificationService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.platform.NotFoundException;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A wallet, over HTTP, through the pre-authorized code flow of OpenID4VCI: metadata, offer, PIN, token, nonce, proof
 * of possession, credential bound to the wallet's key — and every way of getting it wrong refused for its reason.
 */
class WalletIssuanceIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	WalletOffers offers;

	@Autowired
	VerificationService verification;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	final ECKey holder = generate();

	/** The credential issuer identifier a wallet reads from the metadata: the installation's public URL. */
	String issuer() throws Exception {
		return json(get("/.well-known/openid-credential-issuer").body()).getString("credential_issuer");
	}

	String base() {
		return "http://localhost:" + port;
	}

	@Test
	void aWalletReceivesTheBadgeBoundToItsKeyOnceAndItVerifies() throws Exception {
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = issue(credentials.publish("Wallet-bound"), teacher);
		JsonObject offer = offerOf(offers.create(teacher, issued.id(), true));
		WalletOffers.CreatedOffer withPin = lastOffer;

		JsonObject metadata = json(get("/.well-known/openid-credential-issuer").body());
		assertThat(offer.getString("credential_issuer")).isEqualTo(metadata.getString("credential_issuer"));
		assertThat(metadata.getJsonObject("credential_configurations_supported").keySet())
			.containsExactlyInAnyOrder("OpenBadgeCredential_ldp_vc", "OpenBadgeCredential_jwt_vc_json");
		assertThat(json(get("/.well-known/oauth-authorization-server").body()).getString("token_endpoint"))
			.isEqualTo(issuer() + "/oid4vci/token");
		String code = offer.getJsonObject("grants").getJsonObject(WalletMetadataNames.GRANT).getString("pre-authorized_code");

		HttpResponse<String> wrongPin = token(code, withPin.txCode().equals("000000") ? "111111" : "000000");
		assertThat(wrongPin.statusCode()).isEqualTo(400);
		assertThat(json(wrongPin.body()).getString("error_description")).contains("PIN");
		HttpResponse<String> granted = token(code, withPin.txCode());
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
		assertThat(granted.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		String accessToken = json(granted.body()).getString("access_token");
		HttpResponse<String> replay = token(code, withPin.txCode());
		assertThat(json(replay.body()).getString("error_description")).contains("already used");

		assertThat(credential(accessToken, "OpenBadgeCredential_ldp_vc", null).statusCode()).isEqualTo(400);
		HttpResponse<String> wrongAudience = credential(accessToken, "OpenBadgeCredential_ldp_vc", proof("https://elsewhere.example", nonce()));
		assertThat(json(wrongAudience.body()).getString("error")).isEqualTo("invalid_proof");
		HttpResponse<String> madeUpNonce = credential(accessToken, "OpenBadgeCredential_ldp_vc", proof(issuer(), "made-up"));
		assertThat(json(madeUpNonce.body()).getString("error")).isEqualTo("invalid_nonce");
		String nonce = nonce();
		HttpResponse<String> delivered = credential(accessToken, "OpenBadgeCredential_ldp_vc", proof(issuer(), nonce));
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);

		JsonObject received = json(delivered.body()).getJsonArray("credentials").getJsonObject(0).getJsonObject("credential");
		String holderDid = "did:jwk:" + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(sorted(holder.toPublicJWK().toJSONObject()).getBytes(StandardCharsets.UTF_8));
		assertThat(received.getJsonObject("credentialSubject").getString("id")).isEqualTo(holderDid);
		assertThat(received.getString("id")).isEqualTo(json(issued.signed()).getString("id"));
		assertThat(verification.verify(received.toString().getBytes(StandardCharsets.UTF_8), null).verified()).isTrue();

		assertThat(credential(accessToken, "OpenBadgeCredential_ldp_vc", proof(issuer(), nonce())).statusCode())
			.as("the token fetches once").isEqualTo(401);
		assertThat(credential(accessToken + "x", "OpenBadgeCredential_ldp_vc", proof(issuer(), nonce())).statusCode()).isEqualTo(401);
	}

	@Test
	void theJwtFormCarriesTheWalletsDidAsSubjectAndANonceIsSpentOnce() throws Exception {
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = issue(credentials.publish("Wallet JWT"), teacher);
		String code = codeOf(offerOf(offers.create(teacher, issued.id(), false)));
		String accessToken = json(token(code, null).body()).getString("access_token");
		String nonce = nonce();
		HttpResponse<String> delivered = credential(accessToken, "OpenBadgeCredential_jwt_vc_json", proof(issuer(), nonce));
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
		String jwt = json(delivered.body()).getJsonArray("credentials").getJsonObject(0).getString("credential");
		JsonObject payload = json(new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
		assertThat(payload.getString("sub")).startsWith("did:jwk:")
			.isEqualTo(payload.getJsonObject("credentialSubject").getString("id"));
		assertThat(verification.verify(jwt.getBytes(StandardCharsets.US_ASCII), null).verified()).isTrue();

		String otherCode = codeOf(offerOf(offers.create(teacher, issued.id(), false)));
		String otherToken = json(token(otherCode, null).body()).getString("access_token");
		assertThat(json(credential(otherToken, "OpenBadgeCredential_jwt_vc_json", proof(issuer(), nonce)).body()).getString("error"))
			.as("a spent nonce").isEqualTo("invalid_nonce");
		assertThat(json(credential(otherToken, "SomethingElse", proof(issuer(), nonce())).body()).getString("error"))
			.isEqualTo("unknown_credential_configuration");
	}

	@Test
	void expiredOffersOthersBadgesRevokedBadgesAndFiveWrongPinsAreRefused() throws Exception {
		CurrentUser teacher = data.teacher();
		IssuedCredential issued = issue(credentials.publish("Wallet refusals"), teacher);
		String code = codeOf(offerOf(offers.create(teacher, issued.id(), false)));
		jdbc.sql("update wallet_offer set expires_at = now() - interval '1 second' where code_hash = ?")
			.param(org.microcred.platform.Secrets.sha256(code)).update();
		assertThat(json(token(code, null).body()).getString("error_description")).contains("expired");
		assertThat(json(token("not-a-code", null).body()).getString("error")).isEqualTo("invalid_grant");

		assertThatThrownBy(() -> offers.create(data.teacher(), issued.id(), false)).isInstanceOf(NotFoundException.class);

		String guarded = codeOf(offerOf(offers.create(teacher, issued.id(), true)));
		String pin = lastOffer.txCode();
		String wrong = pin.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(token(guarded, wrong).statusCode()).isEqualTo(400);
		}
		assertThat(json(token(guarded, pin).body()).getString("error_description")).as("five wrong PINs end the offer")
			.contains("expired");
	}

	@Test
	void theCredentialEndpointReadsNoLargeOrMalformedBody() throws Exception {
		String huge = "{\"credential_configuration_id\":\"" + "x".repeat(200_000) + "\"}";
		HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create(base() + "/oid4vci/credential"))
			.header("Content-Type", "application/json").header("Authorization", "Bearer made-up")
			.POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(json(tooLarge.body()).getString("error_description")).contains("64 KB");
		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/oid4vci/credential"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
		HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(URI.create(base() + "/oid4vci/credential"))
			.header("Content-Type", "application/json").header("Authorization", "Bearer made-up")
			.POST(HttpRequest.BodyPublishers.ofString("not json")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json(notJson.body()).getString("error")).isEqualTo("invalid_credential_request");
	}

	// --- a small wallet

	WalletOffers.CreatedOffer lastOffer;

	JsonObject offerOf(WalletOffers.CreatedOffer created) {
		lastOffer = created;
		String uri = created.offerUri();
		assertThat(uri).startsWith("openid-credential-offer://?credential_offer=");
		return json(URLDecoder.decode(uri.substring(uri.indexOf('=') + 1), StandardCharsets.UTF_8));
	}

	static String codeOf(JsonObject offer) {
		return offer.getJsonObject("grants").getJsonObject(WalletMetadataNames.GRANT).getString("pre-authorized_code");
	}

	HttpResponse<String> token(String code, String pin) throws Exception {
		String form = "grant_type=" + URLEncoder.encode(WalletMetadataNames.GRANT, StandardCharsets.UTF_8)
				+ "&pre-authorized_code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
				+ (pin == null ? "" : "&tx_code=" + pin);
		return http.send(HttpRequest.newBuilder(URI.create(base() + "/oid4vci/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String nonce() throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/oid4vci/nonce"))
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		return json(answer.body()).getString("c_nonce");
	}

	String proof(String audience, String nonce) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("openid4vci-proof+jwt"))
			.jwk(holder.toPublicJWK()).build(),
				new JWTClaimsSet.Builder().audience(audience).issueTime(Date.from(Instant.now())).claim("nonce", nonce).build());
		jwt.sign(new ECDSASigner(holder));
		return jwt.serialize();
	}

	HttpResponse<String> credential(String token, String configuration, String proof) throws Exception {
		var body = Json.createObjectBuilder().add("credential_configuration_id", configuration);
		if (proof != null) {
			body.add("proofs", Json.createObjectBuilder().add("jwt", Json.createArrayBuilder().add(proof)));
		}
		return http.send(HttpRequest.newBuilder(URI.create(base() + "/oid4vci/credential"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	IssuedCredential issue(Published credential, CurrentUser teacher) {
		Instant now = Instant.now();
		return badges.issueFor(new EnrollmentPassed(new EnrollmentId(UUID.randomUUID()), new AttemptId(UUID.randomUUID()),
				teacher.id(), credential.credential(), credential.version(), 1, false, now, now));
	}

	/** A JSON object with its members in lexicographic order, written compactly. */
	static String sorted(java.util.Map<String, Object> members) {
		var object = Json.createObjectBuilder();
		new java.util.TreeMap<>(members).forEach((k, v) -> object.add(k, String.valueOf(v)));
		return object.build().toString();
	}

	static JsonObject json(String text) {
		return Json.createReader(new StringReader(text)).readObject();
	}

	static ECKey generate() {
		try {
			return new ECKeyGenerator(Curve.P_256).generate();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The grant's name, spelled as the specification does (not taken from the code under test). */
	static final class WalletMetadataNames {

		static final String GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	}

}
