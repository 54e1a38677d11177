package org.microcred.badge.vc.canon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * JSON-LD expansion and RDF conversion in one walk over the JSON tree, for the subset of JSON-LD that
 * credentials use: terms from known contexts, type- and property-scoped contexts, {@code @id}/{@code @vocab}
 * and datatype coercion, {@code @set} arrays, nested node objects. Everything else throws {@link Unsupported}
 * so the caller can hand the document to the generic path; nothing is guessed.
 */
final class FastRdf {

	/** The document needs the generic path; cheap to throw (no stack trace). */
	static final class Unsupported extends Exception {

		Unsupported(String reason) {
			super(reason, null, false, false);
		}

	}

	static final int MAX_DEPTH = 48;

	private static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

	private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	private final QuadBuffer out = new QuadBuffer();

	/** Where shared subtrees are looked up, or null to walk everything. */
	private final FragmentCache cache;

	/** The deepest nesting level this walk reached. */
	private int deepest;

	private FastRdf(FragmentCache cache) {
		this.cache = cache;
	}

	/** The quads of a document whose top-level {@code @context} compiled to {@code root}. */
	static QuadBuffer toQuads(JsonObject document, TermTable root) throws Unsupported, JsonLdError {
		return toQuads(document, root, null);
	}

	/** The same quads, taking the subtrees found in {@code cache} (when not null) from there. */
	static QuadBuffer toQuads(JsonObject document, TermTable root, FragmentCache cache)
			throws Unsupported, JsonLdError {
		FastRdf walk = new FastRdf(cache);
		walk.node(document, root, null, 0, true);
		return walk.out;
	}

	/**
	 * A nested node object: its cached fragment when there is one (or it is now seen the second time), else
	 * walked here. The fragment holds exactly the quads this walk would emit for the subtree.
	 */
	private Ref nested(JsonObject object, TermTable active, Term via, int depth) throws Unsupported, JsonLdError {
		if (this.cache == null) {
			return node(object, active, via, depth, false);
		}
		FragmentCache.Key key = FragmentCache.key(object, active, via);
		Fragment fragment = this.cache.get(key);
		if (fragment == null && this.cache.admit(key)) {
			FastRdf alone = new FastRdf(null);
			Ref root = alone.node(object, active, via, depth, false);
			fragment = Fragment.of(alone.out, root.blank, root.text, alone.deepest - depth);
			this.cache.put(key, fragment);
		}
		if (fragment == null) {
			return node(object, active, via, depth, false);
		}
		if (depth + fragment.height > MAX_DEPTH) {
			throw new Unsupported("nesting deeper than " + MAX_DEPTH);
		}
		this.deepest = Math.max(this.deepest, depth + fragment.height);
		int root = this.out.append(fragment);
		return (root == QuadBuffer.NOT_BLANK) ? Ref.iri(fragment.rootText) : Ref.blank(root);
	}

	/** Emits a node object's quads; returns the N-Quads text of its IRI, or null with the blank number set. */
	private Ref node(JsonObject object, TermTable active, Term via, int depth, boolean top)
			throws Unsupported, JsonLdError {
		if (depth > MAX_DEPTH) {
			throw new Unsupported("nesting deeper than " + MAX_DEPTH);
		}
		this.deepest = Math.max(this.deepest, depth);
		TermTable context = active;
		if (context.previous != null && !onlyId(object, context)) {
			context = context.previous;
		}
		if (via != null && via.localContext != null) {
			context = context.withPropertyScope(via);
		}
		String typeKey = null;
		String idKey = null;
		for (String key : object.keySet()) {
			Term term = key.startsWith("@") ? null : context.term(key);
			if (term != null && term.isTypeAlias()) {
				typeKey = require(typeKey == null, key);
			}
			else if (term != null && term.isIdAlias()) {
				idKey = require(idKey == null, key);
			}
		}
		TermTable typeBase = context;
		String[] types = (typeKey == null) ? new String[0] : strings(object.get(typeKey));
		context = applyTypeScopes(context, types);
		Ref subject = (idKey == null) ? Ref.blank(this.out.newBlank())
				: Ref.iri(context.expandIri(string(object.get(idKey)), false));
		for (String type : types) {
			add(subject, RDF_TYPE, Ref.iri(typeBase.expandIri(type, true)));
		}
		for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
			String key = entry.getKey();
			if (!key.equals(typeKey) && !key.equals(idKey) && !(top && "@context".equals(key))) {
				property(subject, key, entry.getValue(), context, depth);
			}
		}
		return subject;
	}

	private void property(Ref subject, String key, JsonValue value, TermTable context, int depth)
			throws Unsupported, JsonLdError {
		Term term = context.supportedTerm(key);
		if (term == null || term.isIdAlias() || term.isTypeAlias()) {
			throw new Unsupported("term " + key);
		}
		String predicate = term.iriText;
		if (value instanceof JsonArray array) {
			for (JsonValue item : array) {
				add(subject, predicate, item(key, term, item, context, depth));
			}
		}
		else {
			add(subject, predicate, item(key, term, value, context, depth));
		}
	}

	private Ref item(String key, Term term, JsonValue value, TermTable context, int depth)
			throws Unsupported, JsonLdError {
		switch (value.getValueType()) {
			case OBJECT:
				return nested(value.asJsonObject(), context, term, depth + 1);
			case STRING:
			case NUMBER:
			case TRUE:
			case FALSE:
				return scalar(key, term, value, context);
			default:
				throw new Unsupported("null or nested array under " + key);
		}
	}

	private Ref scalar(String key, Term term, JsonValue value, TermTable context)
			throws Unsupported, JsonLdError {
		Term effective = term;
		TermTable scoped = context;
		if (term.localContext != null) {
			scoped = context.withPropertyScope(term);
			effective = scoped.supportedTerm(key);
			if (effective == null) {
				throw new Unsupported("term " + key + " undefined by its own scoped context");
			}
		}
		if (value instanceof JsonString string) {
			return switch (effective.coercion) {
				case ID -> Ref.iri(scoped.expandIri(string.getString(), false));
				case VOCAB -> Ref.iri(scoped.expandIri(string.getString(), true));
				case DATATYPE -> Ref.literal(NQuads.literal(string.getString(), effective.datatype, null));
				case NONE -> Ref.literal(NQuads.literal(string.getString(), null, null));
			};
		}
		String datatype = (effective.coercion == Term.Coercion.DATATYPE) ? effective.datatype : null;
		if (value instanceof JsonNumber number) {
			return Ref.literal(JsonLdNumbers.literal(number, datatype));
		}
		String lexical = (value == JsonValue.TRUE) ? "true" : "false";
		return Ref.literal(NQuads.literal(lexical, (datatype != null) ? datatype : XSD + "boolean", null));
	}

	private TermTable applyTypeScopes(TermTable context, String[] types) throws JsonLdError {
		List<Term> scoped = null;
		String[] sorted = types.clone();
		Arrays.sort(sorted);
		for (String type : sorted) {
			Term term = context.term(type);
			if (term != null && term.localContext != null) {
				if (scoped == null) {
					scoped = new ArrayList<>(2);
				}
				scoped.add(term);
			}
		}
		return (scoped == null) ? context : context.withTypes(scoped, String.join("\u0000", sorted));
	}

	private static boolean onlyId(JsonObject object, TermTable context) {
		if (object.size() != 1) {
			return false;
		}
		Term term = context.term(object.keySet().iterator().next());
		return term != null && term.isIdAlias();
	}

	private static String require(boolean condition, String key) throws Unsupported {
		if (!condition) {
			throw new Unsupported("two aliases of one keyword: " + key);
		}
		return key;
	}

	private static String string(JsonValue value) throws Unsupported {
		if (value instanceof JsonString string) {
			return string.getString();
		}
		throw new Unsupported("identifier is not a string");
	}

	private static String[] strings(JsonValue value) throws Unsupported {
		if (value instanceof JsonArray array) {
			String[] result = new String[array.size()];
			for (int i = 0; i < result.length; i++) {
				result[i] = string(array.get(i));
			}
			return result;
		}
		return new String[] { string(value) };
	}

	private void add(Ref subject, String predicate, Ref object) {
		this.out.add(subject.blank, subject.text, predicate, object.blank, object.text);
	}

	/** A subject or object: a blank node number, or N-Quads text with {@link QuadBuffer#NOT_BLANK}. */
	private record Ref(int blank, String text) {

		static Ref blank(int number) {
			return new Ref(number, null);
		}

		static Ref iri(String text) {
			return new Ref(QuadBuffer.NOT_BLANK, text);
		}

		static Ref literal(String text) {
			return new Ref(QuadBuffer.NOT_BLANK, text);
		}

	}

}
