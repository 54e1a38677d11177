package org.microcred.learning.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.microcred.catalog.CatalogPersonalization;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.LearnerStatus;
import org.microcred.identity.AccountId;
import org.microcred.learning.LearningService;
import org.microcred.learning.LearningSettings;
import org.microcred.platform.PlatformSettings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/** Evidence storage (local disk or an S3-compatible store), its health, the file inspector and start-up clean-up. */
@Configuration
class LearningConfiguration {

	@Bean
	EvidenceStorage evidenceStorage(StorageSettings storage, LearningSettings settings, PlatformSettings platform)
			throws IOException {
		if (storage.type() == StorageSettings.Type.S3) {
			return S3Storage.create(storage.s3());
		}
		LocalEvidenceStorage local = new LocalEvidenceStorage(root(settings, platform));
		local.discardIncomplete();
		return local;
	}

	/** Whether evidence can be stored: part of the readiness probe, so a balancer stops sending uploads. */
	@Bean
	HealthIndicator evidenceStorageHealthIndicator(EvidenceStorage storage) {
		return () -> {
			try {
				storage.check();
				return Health.up().build();
			}
			catch (IOException ex) {
				return Health.down().withDetail("error", String.valueOf(ex.getMessage())).build();
			}
		};
	}

	/**
	 * Uploads are spooled by the servlet container into the evidence store's incoming folder (on disk, never in
	 * memory, also when the evidence itself goes to an object store), which start-up empties: an upload cut short by
	 * a crash leaves nothing.
	 */
	@Bean
	MultipartConfigElement multipartConfig(LearningSettings settings, PlatformSettings platform) throws IOException {
		Path incoming = Files.createDirectories(root(settings, platform).resolve("incoming")).toAbsolutePath();
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setLocation(incoming.toString());
		factory.setMaxFileSize(settings.maxFileSize());
		factory.setMaxRequestSize(DataSize.ofBytes(settings.maxFileSize().toBytes() + DataSize.ofMegabytes(10).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
		return factory.createMultipartConfig();
	}

	private static Path root(LearningSettings settings, PlatformSettings platform) {
		return settings.storage() != null ? settings.storage() : platform.dataDir().resolve("evidence");
	}

	@Bean
	EvidenceInspector evidenceInspector() {
		return new EvidenceInspector();
	}

	@Bean
	CatalogPersonalization workInProgress(LearningService learning) {
		return new CatalogPersonalization() {

			// what was earned comes from the issued credentials (badge module), which know about revocation
			@Override
			public Map<CredentialId, LearnerStatus> statusOf(AccountId viewer) {
				return learning.workInProgress(viewer);
			}

		};
	}

}
