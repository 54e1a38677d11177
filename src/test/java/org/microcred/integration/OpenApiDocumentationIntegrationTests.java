package org.microcred.integration;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /v3/api-docs is an OpenAPI 3.1 description that lists every JSON endpoint under /api/ (any @RestController or
 * @ResponseBody mapping) with its method: adding an endpoint that springdoc does not document fails here.
 */
class OpenApiDocumentationIntegrationTests extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JsonMapper json;

	@Test
	void everyJsonEndpointUnderApiIsDescribed() {
		HttpResponse<String> response = new ApiClient(port).get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode docs = json.readTree(response.body());
		assertThat(docs.get("openapi").asString()).startsWith("3.1");
		JsonNode paths = docs.get("paths");

		List<String> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (isJson(method)) {
				for (String path : patterns(info)) {
					if (path.startsWith("/api/")) {
						for (RequestMethod verb : verbs(info)) {
							endpoints.add(verb.name().toLowerCase(Locale.ROOT) + " " + path);
						}
					}
				}
			}
		});
		assertThat(endpoints).as("JSON endpoints under /api/").contains("post /api/v1/issuers/{issuerId}/awards",
				"post /api/v1/credentials/{credentialId}/revoke", "get /api/v1/catalog",
				"post /api/v1/districts/{districtId}/roster", "get /api/v1/districts/{districtId}/roster/{importId}",
				"get /api/v1/districts/{districtId}/reports/adoption");
		List<String> undocumented = endpoints.stream().filter(e -> {
			String[] parts = e.split(" ", 2);
			return paths.get(parts[1]) == null || paths.get(parts[1]).get(parts[0]) == null;
		}).toList();
		assertThat(undocumented).as("endpoints missing from /v3/api-docs").isEmpty();

		assertThat(paths.get("/oauth2/token").get("post")).isNotNull();
		JsonNode schemas = docs.get("components").get("schemas");
		assertThat(schemas.get("AwardsRequest")).isNotNull();
		assertThat(schemas.get("AwardsResponse")).isNotNull();
		assertThat(schemas.get("RosterUploadResponse")).isNotNull();
		assertThat(schemas.get("AdoptionReportResponse")).isNotNull();
		assertThat(docs.get("components").get("securitySchemes").get("oauth2").get("flows").get("clientCredentials")
			.get("tokenUrl").asString()).isEqualTo("/oauth2/token");
	}

	@Test
	void theBrowsableUiIsServed() {
		HttpResponse<String> ui = new ApiClient(port).get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	private static boolean isJson(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class);
	}

	private static List<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition() == null ? List.copyOf(info.getPatternValues())
				: List.copyOf(info.getPathPatternsCondition().getPatternValues());
	}

	private static List<RequestMethod> verbs(RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
	}

}
