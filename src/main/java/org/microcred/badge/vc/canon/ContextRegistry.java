package org.microcred.badge.vc.canon;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.jsonld.StaticDocumentLoader;

/**
 * Compiles a document's top-level {@code @context} (a list of bundled context URLs) into a {@link TermTable}
 * once, and remembers it. Inline contexts and unknown URLs are not compiled: such documents take the generic
 * path.
 */
final class ContextRegistry {

	private static final int MAX_ENTRIES = 64;

	private final StaticDocumentLoader loader;

	private final Map<String, Optional<TermTable>> tables = new ConcurrentHashMap<>();

	ContextRegistry(StaticDocumentLoader loader) {
		this.loader = loader;
	}

	/** The compiled context, or empty when the fast path should not handle this {@code @context}. */
	Optional<TermTable> forContext(JsonValue context) {
		String key = key(context);
		if (key == null) {
			return Optional.empty();
		}
		Optional<TermTable> table = this.tables.get(key);
		if (table == null) {
			table = compile(context);
			if (this.tables.size() < MAX_ENTRIES) {
				this.tables.put(key, table);
			}
		}
		return table;
	}

	private Optional<TermTable> compile(JsonValue context) {
		try {
			ActiveContext empty = new ActiveContext(ProcessingRuntime.of(JsonLdProcessing.options(this.loader)));
			TermTable table = TermTable.of(empty.newContext().create(context, null));
			return table.supported ? Optional.of(table) : Optional.empty();
		}
		catch (JsonLdError ex) {
			return Optional.empty();
		}
	}

	/** A key for a context made only of known URLs, else null. */
	private String key(JsonValue context) {
		if (context instanceof JsonString url) {
			return this.loader.knows(url.getString()) ? url.getString() : null;
		}
		if (!(context instanceof JsonArray urls) || urls.isEmpty()) {
			return null;
		}
		StringBuilder key = new StringBuilder();
		for (JsonValue item : urls) {
			if (!(item instanceof JsonString url) || !this.loader.knows(url.getString())) {
				return null;
			}
			key.append(url.getString()).append(' ');
		}
		return key.toString();
	}

}
