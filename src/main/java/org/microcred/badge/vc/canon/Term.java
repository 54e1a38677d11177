package org.microcred.badge.vc.canon;

import java.net.URI;
import java.util.Collection;

import com.apicatalog.jsonld.context.TermDefinition;
import jakarta.json.JsonValue;

/**
 * One compiled term definition, reduced to what the fast path understands. Identity matters: a term's
 * property-scoped context is cached per {@code Term} instance.
 */
final class Term {

	/** How a string value of the term becomes RDF. */
	enum Coercion {

		/** A plain literal (xsd:string, or the JSON type's datatype). */
		NONE,
		/** {@code @type: @id}: an IRI. */
		ID,
		/** {@code @type: @vocab}: a term or an IRI. */
		VOCAB,
		/** {@code @type: <datatype IRI>}: a typed literal. */
		DATATYPE

	}

	final String iri;

	/** The IRI as N-Quads writes it ({@code <...>}), computed once; null for keyword aliases. */
	final String iriText;

	final Coercion coercion;

	final String datatype;

	/** False when the definition uses a feature the fast path leaves to the generic path. */
	final boolean supported;

	final JsonValue localContext;

	final URI baseUrl;

	private Term(String iri, Coercion coercion, String datatype, boolean supported, JsonValue localContext,
			URI baseUrl) {
		this.iri = iri;
		this.iriText = FastIris.isPlainAbsolute(iri) ? NQuads.resource(iri) : null;
		this.coercion = coercion;
		this.datatype = datatype;
		this.supported = supported;
		this.localContext = localContext;
		this.baseUrl = baseUrl;
	}

	static Term of(TermDefinition definition) {
		String iri = definition.getUriMapping();
		String type = definition.getTypeMapping();
		Coercion coercion = Coercion.NONE;
		String datatype = null;
		boolean supported = iri != null && plainContainer(definition.getContainerMapping())
				&& !definition.isReverseProperty() && definition.getLanguageMapping() == null
				&& definition.getDirectionMapping() == null && definition.getIndexMapping() == null
				&& definition.getNestValue() == null && (isAlias(iri) || FastIris.isPlainAbsolute(iri));
		if ("@id".equals(type)) {
			coercion = Coercion.ID;
		}
		else if ("@vocab".equals(type)) {
			coercion = Coercion.VOCAB;
		}
		else if (type != null) {
			coercion = Coercion.DATATYPE;
			datatype = type;
			supported &= SafeMode.isAbsoluteIri(type);
		}
		JsonValue local = definition.hasLocalContext() ? definition.getLocalContext() : null;
		return new Term(iri, coercion, datatype, supported, local, definition.getBaseUrl());
	}

	boolean isIdAlias() {
		return "@id".equals(this.iri);
	}

	boolean isTypeAlias() {
		return "@type".equals(this.iri);
	}

	private static boolean isAlias(String iri) {
		return "@id".equals(iri) || "@type".equals(iri);
	}

	private static boolean plainContainer(Collection<String> containers) {
		return containers.isEmpty() || (containers.size() == 1 && containers.contains("@set"));
	}

}
