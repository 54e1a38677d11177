package org.microcred.badge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.microcred.badge.internal.IssuedStore;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.internal.ReissueJobs;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An issuer's signing keys: reporting one compromised, and re-signing with the current key every credential it
 * signed. A compromised key leaves the issuer's {@code assertionMethod} and stays published with the moment from
 * which it is not trusted: proofs made before that moment keep verifying here, proofs made after it fail.
 */
@Service
public class SigningKeys {

	/** A little slack for clocks: "now" typed on a page is a few seconds old when it arrives. */
	private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

	private final IssuerKeys keys;

	private final StatusListStore statusLists;

	private final IssuedStore issued;

	private final ReissueJobs jobs;

	SigningKeys(IssuerKeys keys, StatusListStore statusLists, IssuedStore issued, ReissueJobs jobs) {
		this.keys = keys;
		this.statusLists = statusLists;
		this.issued = issued;
		this.jobs = jobs;
	}

	public List<IssuerKeys.PublicKey> keys(CurrentUser admin, OrganizationId issuer) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		return keys.publicKeys(issuer.value());
	}

	/**
	 * Reports key {@code number} compromised as of {@code since}: a new key signs from now on (when it was the active
	 * one), the issuer's status lists are re-signed with it, and credentials the old key signed at or after
	 * {@code since} stop verifying.
	 * @param confirmed the administrator ticked that they understand this cannot be undone
	 */
	@Transactional
	public void reportCompromised(CurrentUser admin, OrganizationId issuer, int number, Instant since, boolean confirmed) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		if (!confirmed) {
			throw new InvalidInputException("confirm", "badge.keys.compromised.unconfirmed");
		}
		if (since == null || since.isAfter(Instant.now().plus(CLOCK_SLACK))) {
			throw new InvalidInputException("since", "badge.keys.since.future");
		}
		if (!keys.reportCompromised(issuer.value(), number, since)) {
			throw new ConflictException("badge.keys.compromised.unknown", number);
		}
		statusLists.republish(issuer.value());
	}

	public ReissueProgress progress(CurrentUser admin, OrganizationId issuer) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		return new ReissueProgress(issued.countSignedWithCompromisedKeys(issuer.value()),
				jobs.latest(issuer.value()).orElse(null));
	}

	/**
	 * Starts re-signing, in the background, every credential (not revoked) a compromised key signed; each teacher
	 * is told when theirs is done. One job at a time per issuer.
	 */
	@Transactional
	public void reissueAffected(CurrentUser admin, OrganizationId issuer) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		int affected = issued.countSignedWithCompromisedKeys(issuer.value());
		if (affected == 0) {
			throw new ConflictException("badge.keys.reissue.none");
		}
		if (!jobs.open(issuer.value(), admin.id().value(), affected)) {
			throw new ConflictException("badge.keys.reissue.running");
		}
	}

}
