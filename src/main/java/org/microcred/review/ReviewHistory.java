package org.microcred.review;

import java.time.Instant;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.review.internal.QueueStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** A reviewer's own submitted reviews, newest first. */
@Service
public class ReviewHistory {

	private final QueueStore queue;

	private final CatalogService catalog;

	ReviewHistory(QueueStore queue, CatalogService catalog) {
		this.queue = queue;
		this.catalog = catalog;
	}

	/**
	 * One submitted review.
	 *
	 * @param credentialTitle null when the credential is no longer published
	 */
	public record Entry(ReviewId id, String credentialTitle, int attemptNumber, ReviewRole role, Instant submittedAt,
			boolean passed) {
	}

	public PageResult<Entry> of(CurrentUser reviewer, PageRequest page) {
		if (reviewer.organizationsWith(Role.REVIEWER).isEmpty()) {
			throw new AccessDeniedException("Not a reviewer");
		}
		return new PageResult<>(queue.submittedBy(reviewer.id().value(), page.size(), page.offset()), page.page(),
				page.size(), queue.countSubmittedBy(reviewer.id().value()))
			.map(d -> new Entry(new ReviewId(d.reviewId()),
					catalog.published(new CredentialId(d.credentialId())).map(DesignVersion::title).orElse(null),
					d.attemptNumber(), d.role(), d.submittedAt(), Boolean.TRUE.equals(d.passed())));
	}

}
