package org.microcred.badge.internal;

import java.time.Duration;

import org.microcred.badge.BadgeService;
import org.microcred.badge.BadgeSettings;
import org.microcred.badge.VerificationService;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.PriorLearningVerifier;
import org.microcred.organization.IssuerCreated;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.web.CrossOriginDocuments;
import org.microcred.platform.web.CacheablePages;
import org.microcred.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.json.JsonObject;

/** The credential engine's beans and how badges connect to the rest. */
@Configuration
class BadgeConfiguration {

	@Bean
	MasterKey masterKey(BadgeSettings settings, PlatformSettings platform) {
		return MasterKey.of(settings.masterKey(), platform.dataDir());
	}

	@Bean
	EddsaRdfc2022 eddsaRdfc2022() {
		return new EddsaRdfc2022();
	}

	@Bean
	CredentialVerifier credentialVerifier(IssuerDocuments documents) {
		return new CredentialVerifier(documents);
	}

	@Bean
	PublicRoutes badgePublicRoutes() {
		return new PublicRoutes("/credentials/**", "/status/**", "/issuers/**", "/verify", "/api/v1/verify",
				"/portfolio/**");
	}

	/**
	 * The same for every anonymous visitor. A badge page may be shown from a cache for a minute (a revocation reaches
	 * the page itself at once, copies within a minute); an issuer's page is always revalidated, like the catalog.
	 */
	@Bean
	CacheablePages badgeCacheablePages() {
		return new CacheablePages(Duration.ofSeconds(60), "/credentials/*");
	}

	@Bean
	CacheablePages issuerCacheablePages() {
		return new CacheablePages(Duration.ZERO, "/issuers/*");
	}

	/** What browser verifiers and wallets fetch: DID documents, issuer profiles, status lists, credentials. */
	@Bean
	CrossOriginDocuments badgeCrossOriginDocuments() {
		return new CrossOriginDocuments("/issuers/*", "/issuers/*/did.json", "/status/*", "/credentials/*",
				"/credentials/*/credential.json");
	}

	/** Recognition of prior learning verifies the presented credential with the same verifier as everyone. */
	@Bean
	PriorLearningVerifier priorLearningVerifier(VerificationService verification) {
		return (content, email) -> {
			VerificationReport report = verification.verify(content, email);
			JsonObject credential = report.credential();
			String achievement = null;
			String issuer = null;
			if (credential != null) {
				try {
					achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement").getString("name", null);
					var issuerValue = credential.get("issuer");
					issuer = issuerValue instanceof JsonObject o ? o.getString("name", o.getString("id", null))
							: credential.getString("issuer", null);
				}
				catch (RuntimeException ex) {
					// shape problems are in the report
				}
			}
			return new PriorLearningVerifier.Result(report.verified(), achievement, issuer, report.toString());
		};
	}

	@Component
	static class Listeners {

		private final BadgeService badges;

		private final IssuerKeys keys;

		Listeners(BadgeService badges, IssuerKeys keys) {
			this.badges = badges;
			this.keys = keys;
		}

		@ApplicationModuleListener
		void on(EnrollmentPassed passed) {
			badges.issueFor(passed);
		}

		@ApplicationModuleListener
		void on(IssuerCreated created) {
			keys.ensureKey(created.issuerId().value());
		}

	}

}
