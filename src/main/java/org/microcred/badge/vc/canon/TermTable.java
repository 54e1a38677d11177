package org.microcred.badge.vc.canon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;

/**
 * An immutable snapshot of a processed JSON-LD context: term to {@link Term}. Built once from Titanium's own
 * context processing, so scoping and protection rules are exactly Titanium's; the fast path then only looks
 * terms up. Type-scoped and property-scoped derivations are computed on first use and cached.
 */
final class TermTable {

	private static final int MAX_DERIVED = 512;

	private final ActiveContext source;

	private final Map<String, Term> terms;

	/** The context before a non-propagated (type-scoped) context was applied, or null. */
	final TermTable previous;

	/** False when the context itself uses a feature the fast path leaves to the generic path. */
	final boolean supported;

	private final Map<String, TermTable> typeScoped = new ConcurrentHashMap<>();

	private final Map<Term, TermTable> propertyScoped = new ConcurrentHashMap<>();

	private TermTable(ActiveContext source, TermTable previous, boolean understood) {
		this.source = source;
		this.previous = previous;
		Map<String, Term> compiled = new HashMap<>();
		for (Map.Entry<String, TermDefinition> entry : source.getTermsMapping().entrySet()) {
			if (entry.getValue() != null) {
				compiled.put(entry.getKey(), Term.of(entry.getValue()));
			}
		}
		this.terms = Map.copyOf(compiled);
		this.supported = understood && source.getVocabularyMapping() == null && source.getDefaultLanguage() == null
				&& source.getDefaultBaseDirection() == null;
	}

	static TermTable of(ActiveContext source) {
		return new TermTable(source, null, source.getPreviousContext() == null);
	}

	Term term(String name) {
		return this.terms.get(name);
	}

	/** IRI expansion (RDF-ready N-Quads text), restricted to terms (when {@code vocab}) and plain absolute IRIs. */
	String expandIri(String value, boolean vocab) throws FastRdf.Unsupported {
		if (vocab) {
			Term term = term(value);
			if (term != null) {
				if (term.iriText == null) {
					throw new FastRdf.Unsupported("term " + value + " used as IRI");
				}
				return term.iriText;
			}
		}
		int colon = value.indexOf(':');
		if (colon < 0 || !FastIris.isPlainAbsolute(value)) {
			throw new FastRdf.Unsupported("IRI " + value);
		}
		if (!value.startsWith("//", colon + 1) && term(value.substring(0, colon)) != null) {
			throw new FastRdf.Unsupported("compact IRI " + value);
		}
		return NQuads.resource(value);
	}

	/** The term for a key, when the fast path supports it and its context. */
	Term supportedTerm(String key) throws FastRdf.Unsupported {
		if (key.startsWith("@")) {
			throw new FastRdf.Unsupported("keyword " + key);
		}
		Term term = term(key);
		if (term == null || !term.supported || !this.supported) {
			throw new FastRdf.Unsupported("term " + key);
		}
		return term;
	}

	/**
	 * The context after the type-scoped contexts of the given type terms (already sorted, each with a local
	 * context), applied in order without propagation.
	 */
	TermTable withTypes(List<Term> sortedTypeTerms, String cacheKey) throws JsonLdError {
		TermTable cached = this.typeScoped.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		ActiveContext context = this.source;
		for (Term type : sortedTypeTerms) {
			context = context.newContext().propagate(false).create(type.localContext, type.baseUrl);
		}
		TermTable derived = derive(context);
		remember(this.typeScoped, cacheKey, derived);
		return derived;
	}

	/** The context for the value of a property whose term carries a (propagating) local context. */
	TermTable withPropertyScope(Term property) throws JsonLdError {
		TermTable cached = this.propertyScoped.get(property);
		if (cached != null) {
			return cached;
		}
		ActiveContext context = this.source.newContext()
			.overrideProtected(true)
			.create(property.localContext, property.baseUrl);
		TermTable derived = derive(context);
		remember(this.propertyScoped, property, derived);
		return derived;
	}

	private TermTable derive(ActiveContext context) {
		ActiveContext previousSource = context.getPreviousContext();
		TermTable previousTable = null;
		if (previousSource == this.source) {
			previousTable = this;
		}
		else if (previousSource != null && this.previous != null && previousSource == this.previous.source) {
			previousTable = this.previous;
		}
		boolean understood = previousSource == null || previousTable != null;
		return new TermTable(context, previousTable, understood);
	}

	private static <K> void remember(Map<K, TermTable> cache, K key, TermTable table) {
		// Keys come from documents, so an adversary could otherwise grow the cache without bound.
		if (cache.size() < MAX_DERIVED) {
			cache.putIfAbsent(key, table);
		}
	}

}
