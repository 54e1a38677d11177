package org.microcred.badge.vc.interop;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials and VC-JWTs made by Digital Bazaar's stack and node:crypto (vendored, see third-party/README.md):
 * blank-node ties and the Data Integrity v2 context verify; forged tokens are refused for the right reason.
 */
class ThirdPartyCredentialsTests {

	private final ThirdPartyChecks checks = new ThirdPartyChecks();

	private static Path dir() throws URISyntaxException {
		return Path.of(ThirdPartyCredentialsTests.class.getResource("/third-party/README.md").toURI()).getParent();
	}

	@Test
	void credentialsWithTiedBlankNodesOrTheDataIntegrityV2ContextVerify() throws Exception {
		List<ThirdPartyChecks.Outcome> outcomes = this.checks.credentials(dir());

		assertThat(outcomes).extracting(ThirdPartyChecks.Outcome::name).contains("complete-example.json",
				"endorsed-twice.json", "alignment-twins.json", "data-integrity-v2-context.json");
		assertThat(outcomes).allSatisfy(o -> assertThat(o.agrees()).as(o.name() + ": " + o.said()).isTrue());
	}

	@Test
	void forgedJwtsAreRefusedAndTheGenuineOneVerifies() throws Exception {
		List<ThirdPartyChecks.Outcome> outcomes = this.checks.jwts(dir());

		assertThat(outcomes).hasSize(5);
		assertThat(outcomes).allSatisfy(o -> assertThat(o.agrees()).as(o.name() + ": " + o.said()).isTrue());
	}

}
