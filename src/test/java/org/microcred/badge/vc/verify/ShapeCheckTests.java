package org.microcred.badge.vc.verify;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.Standards;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What we sign passes the 1EdTech OB 3.0 JSON Schema (the vendored copy under src/test/resources/standards), and the
 * verifier's hand-written shape check never accepts what the schema requires and never rejects what it allows.
 */
class ShapeCheckTests {

	private final Schema schema = loadSchema();

	private final Ed25519KeyPair key = Ed25519KeyPair.generate();

	@Test
	void signedMicroCredentialsAndVariationsValidateAgainstTheOb30Schema() {
		EddsaRdfc2022 suite = new EddsaRdfc2022();
		ProofOptions options = ProofOptions.assertion(DidKey.verificationMethodId(this.key.publicKeyMultibase()));
		List<JsonObject> credentials = new ArrayList<>(List.of(SampleCredentials.microCredential()));
		Random random = new Random(99);
		for (int i = 0; i < 40; i++) {
			credentials.add(SampleCredentials.variation(random, false));
		}
		for (JsonObject credential : credentials) {
			JsonObject signed = suite.sign(credential, this.key, options);
			assertThat(this.schema.validate(signed.toString(), InputFormat.JSON)).as(signed.toString()).isEmpty();
			assertThat(ShapeCheck.check(signed).problems()).isEmpty();
			assertThat(ShapeCheck.check(signed).warnings()).isEmpty();
		}
	}

	@Test
	void theShapeCheckAgreesWithTheSchemaOnReferenceDocumentsAndBrokenOnes() {
		List<JsonObject> documents = new ArrayList<>();
		for (Path file : Standards.jsonFiles("examples/spec")) {
			documents.add(Standards.json(Standards.ROOT.relativize(file).toString()));
		}
		for (Path file : Standards.jsonFiles("examples/validator-tests")) {
			documents.add(Standards.json(Standards.ROOT.relativize(file).toString()));
		}
		JsonObject good = SampleCredentials.microCredential();
		JsonObject subject = good.getJsonObject("credentialSubject");
		documents.add(Json.createObjectBuilder(good).remove("issuer").build());
		documents.add(Json.createObjectBuilder(good).remove("validFrom").build());
		documents.add(Json.createObjectBuilder(good).add("type", Json.createArrayBuilder().add("VerifiableCredential")).build());
		documents.add(Json.createObjectBuilder(good).add("credentialSubject", Json.createObjectBuilder(subject)
			.add("achievement", Json.createObjectBuilder(subject.getJsonObject("achievement")).remove("criteria"))).build());
		documents.add(Json.createObjectBuilder(good).add("credentialSubject", Json.createObjectBuilder(subject)
			.add("achievement", Json.createObjectBuilder(subject.getJsonObject("achievement")).remove("name"))).build());
		int rejectedByBoth = 0;
		for (JsonObject document : documents) {
			boolean schemaValid = this.schema.validate(document.toString(), InputFormat.JSON).isEmpty();
			boolean shapeValid = ShapeCheck.check(document).problems().isEmpty();
			if (schemaValid) {
				assertThat(shapeValid).as("schema accepts, shape check must too: %s", document).isTrue();
			}
			if (!shapeValid) {
				assertThat(schemaValid).as("shape check rejects, schema must too: %s", document).isFalse();
				rejectedByBoth++;
			}
		}
		assertThat(rejectedByBoth).isGreaterThanOrEqualTo(5);
	}

	private static Schema loadSchema() {
		try (InputStream in = Files.newInputStream(Standards.path("schema/ob_v3p0_achievementcredential_schema.json"))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in, InputFormat.JSON);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
