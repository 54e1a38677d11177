package org.microcred.learning.internal;

import java.io.IOException;
import java.util.List;

import org.microcred.platform.ExclusiveJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes abandoned resumable uploads: those without a byte for the expiry period (24 hours by default) lose their
 * record and their bytes, and anything the protocol's folder holds past its own expiry goes too. One instance
 * cleans at a time ({@link ExclusiveJobs}).
 */
@Component
public class AbandonedUploadCleanup {

	/** The name of the lock the clean-up holds. */
	public static final String JOB = "evidence-resumable-upload-cleanup";

	private static final Logger log = LoggerFactory.getLogger(AbandonedUploadCleanup.class);

	private final ResumableUploadStore store;

	private final TusUploads tus;

	private final ExclusiveJobs jobs;

	AbandonedUploadCleanup(ResumableUploadStore store, TusUploads tus, ExclusiveJobs jobs) {
		this.store = store;
		this.tus = tus;
		this.jobs = jobs;
	}

	/**
	 * Removes abandoned uploads.
	 * @return false when another instance is cleaning
	 */
	@Scheduled(fixedDelayString = "${microcred.evidence.resumable.cleanup-interval:PT15M}", initialDelayString = "PT1M")
	public boolean clean() {
		return jobs.runIfFree(JOB, () -> {
			List<ResumableUploadStore.Pending> expired;
			do {
				expired = store.expired(500);
				for (ResumableUploadStore.Pending upload : expired) {
					tus.delete(TusUploads.url(upload.enrollmentId(), upload.partKey(), upload.id()),
							TusUploads.owner(upload.teacherId(), upload.enrollmentId(), upload.partKey()));
					store.take(upload.id());
					log.info("Deleted abandoned upload {} of {}", upload.id(), upload.fileName());
				}
			}
			while (expired.size() == 500);
			try {
				tus.cleanup();
			}
			catch (IOException ex) {
				log.warn("Could not clean the folder of resumable uploads", ex);
			}
		});
	}

}
