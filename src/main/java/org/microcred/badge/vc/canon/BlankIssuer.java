package org.microcred.badge.vc.canon;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * RDFC-1.0's identifier issuer: hands out {@code prefix0}, {@code prefix1} … to blank nodes in the order
 * they are first asked for, and remembers that order.
 */
final class BlankIssuer {

	private final String prefix;

	private final LinkedHashMap<Integer, String> issued;

	BlankIssuer(String prefix) {
		this(prefix, new LinkedHashMap<>());
	}

	private BlankIssuer(String prefix, LinkedHashMap<Integer, String> issued) {
		this.prefix = prefix;
		this.issued = issued;
	}

	/** The node's identifier, issuing the next one if it has none yet. */
	String issue(int node) {
		return this.issued.computeIfAbsent(node, n -> this.prefix + this.issued.size());
	}

	boolean has(int node) {
		return this.issued.containsKey(node);
	}

	List<Integer> issuedInOrder() {
		return List.copyOf(this.issued.keySet());
	}

	BlankIssuer copy() {
		return new BlankIssuer(this.prefix, new LinkedHashMap<>(this.issued));
	}

}
