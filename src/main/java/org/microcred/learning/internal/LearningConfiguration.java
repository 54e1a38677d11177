package org.microcred.learning.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.microcred.catalog.CatalogPersonalization;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;
import org.microcred.learning.LearningService;
import org.microcred.learning.LearningSettings;
import org.microcred.platform.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/** Evidence storage, the file inspector, start-up clean-up of interrupted uploads and the orphan sweep. */
@Configuration
class LearningConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LearningConfiguration.class);

	@Bean
	EvidenceStorage evidenceStorage(LearningSettings settings, PlatformSettings platform) throws IOException {
		LocalEvidenceStorage storage = new LocalEvidenceStorage(root(settings, platform));
		storage.discardIncomplete();
		return storage;
	}

	/**
	 * Uploads are spooled by the servlet container into the evidence store's incoming folder (on disk, never in
	 * memory), which start-up empties: an upload cut short by a crash leaves nothing.
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
	OrphanSweep orphanSweep(EvidenceStorage storage, EvidenceStore evidence) {
		return new OrphanSweep(storage, evidence);
	}

	@Bean
	CatalogPersonalization earnedCredentials(LearningService learning) {
		return new CatalogPersonalization() {

			@Override
			public Set<CredentialId> earnedBy(AccountId viewer) {
				return learning.earnedBy(viewer);
			}

			@Override
			public Map<CredentialId, Long> earnedCounts(Set<CredentialId> credentials) {
				return learning.earnedCounts(credentials);
			}

		};
	}

	/**
	 * Deletes stored objects no file record refers to: left when the app stopped between writing an upload and
	 * committing its record. Only objects older than an hour are considered, so uploads in flight are safe.
	 */
	static class OrphanSweep {

		private final EvidenceStorage storage;

		private final EvidenceStore evidence;

		OrphanSweep(EvidenceStorage storage, EvidenceStore evidence) {
			this.storage = storage;
			this.evidence = evidence;
		}

		@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT6H")
		void sweep() throws IOException {
			Instant cutoff = Instant.now().minus(Duration.ofHours(1));
			try (Stream<EvidenceStorage.Entry> entries = storage.list()) {
				entries.filter(e -> e.writtenAt().isBefore(cutoff))
					.filter(e -> !evidence.storageKeyKnown(e.key()))
					.forEach(e -> {
						try {
							storage.delete(e.key());
							log.info("Deleted orphaned evidence object {}", e.key());
						}
						catch (IOException ex) {
							log.warn("Could not delete orphaned evidence object {}", e.key());
						}
					});
			}
		}

	}

}
