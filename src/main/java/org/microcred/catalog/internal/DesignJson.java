package org.microcred.catalog.internal;

import org.microcred.catalog.CredentialKind;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Designs are stored as JSON documents: a version is a snapshot, never a graph of rows. */
@Component
public class DesignJson {

	private final JsonMapper json;

	public DesignJson(JsonMapper json) {
		this.json = json;
	}

	public String write(Object design) {
		return json.writeValueAsString(design);
	}

	public MicroCredentialDesign micro(String text) {
		return json.readValue(text, MicroCredentialDesign.class);
	}

	public StackDesign stack(String text) {
		return json.readValue(text, StackDesign.class);
	}

	public Object read(CredentialKind kind, String text) {
		return kind == CredentialKind.MICRO ? micro(text) : stack(text);
	}

}
