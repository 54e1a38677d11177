package org.microcred.growth;

import java.math.BigDecimal;
import java.util.List;

import org.microcred.catalog.CredentialId;
import org.microcred.platform.Msg;

/**
 * A credential recommended to a teacher, with every reason behind it (strongest first; never none).
 *
 * @param score the explainable score (docs/recommendations.md); only its order matters to people
 */
public record Recommendation(CredentialId credentialId, String title, String summary, BigDecimal workloadHours,
		int score, List<Msg> reasons) {

	public Recommendation {
		reasons = List.copyOf(reasons);
	}

}
