package org.microcred.organization.roster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Roster import settings.
 *
 * @param pollInterval how often a worker looks for confirmed imports
 * @param lease how long an import may go without a progress heartbeat before another worker (or this one, after a
 *        restart) takes it over and applies it again from the start
 * @param maxAttempts attempts after which an import that keeps crashing is marked failed
 * @param retention how long an unconfirmed dry run is kept before it is discarded, and how long a finished import
 *        keeps its row-by-row details (its counts stay)
 */
@ConfigurationProperties("microcred.roster")
public record RosterSettings(@DefaultValue("PT5S") Duration pollInterval, @DefaultValue("PT2M") Duration lease,
		@DefaultValue("3") int maxAttempts, @DefaultValue("P7D") Duration retention) {
}
