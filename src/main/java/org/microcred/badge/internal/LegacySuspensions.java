package org.microcred.badge.internal;

import java.util.UUID;

import org.microcred.badge.IssuedCredential;
import org.microcred.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves suspensions made before suspension had its own status (migration V110): each such credential set the
 * revocation bit of a one-bit list, so every verifier said "revoked". It is re-signed with a two-bit entry that says
 * "suspended" (and can later say "valid"); the old bit stays set, since a revocation entry never goes back to valid,
 * so copies made before keep reading revoked. Runs at start-up, one credential per transaction; safe to repeat and
 * to run on several instances at once.
 */
@Component
public class LegacySuspensions {

	private static final Logger log = LoggerFactory.getLogger(LegacySuspensions.class);

	private final IssuedStore issued;

	private final Resigning resigning;

	private final StatusListStore statusLists;

	private final TransactionTemplate transaction;

	LegacySuspensions(IssuedStore issued, Resigning resigning, StatusListStore statusLists,
			PlatformTransactionManager transactions) {
		this.issued = issued;
		this.resigning = resigning;
		this.statusLists = statusLists;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int moved = run();
		if (moved > 0) {
			log.info("Moved {} suspended credential(s) from revocation bits to suspension entries", moved);
		}
	}

	/** Moves every one left; returns how many it moved. */
	public int run() {
		int moved = 0;
		for (UUID id : issued.suspendedOnRevocationLists()) {
			try {
				moved += transaction.execute(status -> move(id)) ? 1 : 0;
			}
			catch (ConflictException ex) {
				log.debug("Suspended credential {} was moved or changed meanwhile", id);
			}
		}
		return moved;
	}

	private boolean move(UUID id) {
		IssuedCredential credential = issued.find(id).orElseThrow();
		if (!credential.suspended()) {
			return false;
		}
		IssuedStore.StatusRef entry = resigning.messageEntry(credential);
		statusLists.suspend(entry.listId(), entry.index());
		return true;
	}

}
