package org.microcred.learning.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.microcred.learning.LearningSettings;
import org.microcred.platform.ExclusiveJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stored objects no file record will ever refer to: left when an upload died between storing its bytes and
 * committing its record. Every upload notes itself before storing ({@code evidence_upload}); one still noted after
 * the grace period died, so its object goes (every minute, cheap: only those uploads are looked at). A daily full
 * pass over storage catches anything else. One instance sweeps at a time ({@link ExclusiveJobs}).
 */
@Component
public class OrphanSweep {

	/** The name of the lock the sweeps hold. */
	public static final String JOB = "evidence-orphan-sweep";

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	private static final int BATCH = 500;

	private final EvidenceStorage storage;

	private final EvidenceStore evidence;

	private final LearningSettings settings;

	private final ExclusiveJobs jobs;

	OrphanSweep(EvidenceStorage storage, EvidenceStore evidence, LearningSettings settings, ExclusiveJobs jobs) {
		this.storage = storage;
		this.evidence = evidence;
		this.settings = settings;
		this.jobs = jobs;
	}

	/**
	 * Removes what uploads that died left behind.
	 * @return false when another instance is sweeping
	 */
	@Scheduled(fixedDelayString = "${microcred.evidence.orphan-sweep-interval:PT1M}", initialDelayString = "PT30S")
	public boolean sweep() {
		return jobs.runIfFree(JOB, () -> {
			List<String> abandoned = evidence.abandonedUploads(cutoff());
			Set<String> recorded = abandoned.isEmpty() ? Set.of() : evidence.recordedKeys(abandoned);
			for (String key : abandoned) {
				// a record would mean the upload committed after all, and only its note is left over
				if (recorded.contains(key) || delete(key)) {
					evidence.endUpload(key);
				}
			}
		});
	}

	/**
	 * Removes every object older than the grace period that no record and no upload under way refers to, and the
	 * unfinished writes begun before it (multipart uploads an object store keeps until they are aborted).
	 */
	@Scheduled(fixedDelayString = "${microcred.evidence.full-sweep-interval:P1D}", initialDelayString = "PT10M")
	public boolean sweepAll() {
		return jobs.runIfFree(JOB, () -> {
			Instant cutoff = cutoff();
			List<String> batch = new ArrayList<>(BATCH);
			try (Stream<EvidenceStorage.Entry> entries = storage.list()) {
				entries.filter(e -> e.writtenAt().isBefore(cutoff)).map(EvidenceStorage.Entry::key).forEach(key -> {
					batch.add(key);
					if (batch.size() == BATCH) {
						deleteUnknown(batch);
					}
				});
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not list evidence storage for the orphan sweep: {}", ex.getMessage());
			}
			deleteUnknown(batch);
			try {
				storage.discardIncompleteBefore(cutoff);
			}
			catch (IOException ex) {
				log.warn("Could not discard unfinished uploads: {}", ex.getMessage());
			}
		});
	}

	private void deleteUnknown(List<String> keys) {
		if (!keys.isEmpty()) {
			Set<String> known = evidence.knownKeys(keys);
			keys.stream().filter(key -> !known.contains(key)).forEach(this::delete);
			keys.clear();
		}
	}

	private Instant cutoff() {
		return Instant.now().minus(settings.orphanGrace());
	}

	private boolean delete(String key) {
		try {
			storage.delete(key);
			log.info("Deleted orphaned evidence object {}", key);
			return true;
		}
		catch (IOException ex) {
			log.warn("Could not delete orphaned evidence object {}", key);
			return false;
		}
	}

}
