package org.microcred.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.microcred.learning.AttemptStatus;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.Feedback;
import org.microcred.learning.PartEvidence;
import org.microcred.learning.Submission;

/**
 * What a reviewer of a resubmission sees of the attempt before it: the scores and feedback it got, and per evidence
 * part what the teacher changed since.
 *
 * @param feedback the decided attempt's feedback, or null when it was never decided with feedback
 */
public record Resubmission(int number, boolean passed, Feedback feedback, Map<String, PartChange> changes) {

	/**
	 * One part's change: whether its text and links differ, and which files were added or removed (a file counts as
	 * the same when its content is, whatever its name).
	 */
	public record PartChange(boolean textChanged, boolean linksChanged, List<String> filesAdded,
			List<String> filesRemoved) {

		public boolean unchanged() {
			return !textChanged && !linksChanged && filesAdded.isEmpty() && filesRemoved.isEmpty();
		}

	}

	public PartChange change(String part) {
		return changes.get(part);
	}

	/** Compares the evidence of two attempts, part by part. */
	static Resubmission of(Submission previous, Submission current, List<String> parts) {
		Map<String, PartChange> changes = parts.stream().collect(Collectors.toMap(p -> p, p -> {
			PartEvidence before = previous.part(p);
			PartEvidence after = current.part(p);
			return new PartChange(!Objects.equals(blankToNull(before.text()), blankToNull(after.text())),
					!before.links().equals(after.links()), missingFrom(before, after), missingFrom(after, before));
		}));
		return new Resubmission(previous.attempt().number(), previous.attempt().status() == AttemptStatus.PASSED,
				previous.attempt().feedback(), changes);
	}

	/** Names of the files of {@code from} whose content is not in {@code in}. */
	private static List<String> missingFrom(PartEvidence in, PartEvidence from) {
		Set<String> kept = in.files().stream().map(EvidenceFile::sha256).collect(Collectors.toSet());
		return from.files().stream().filter(f -> !kept.contains(f.sha256())).map(EvidenceFile::fileName).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
