package org.microcred.integration.internal;

import org.microcred.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI 3.1 description (springdoc) and its browsable UI, open to everyone like the API's docs. */
@Configuration
class OpenApiConfiguration {

	@Bean
	PublicRoutes openApiPublicRoutes() {
		return new PublicRoutes("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
	}

	@Bean
	OpenAPI microcredOpenApi() {
		Scopes scopes = new Scopes();
		for (var scope : org.microcred.integration.ApiScope.values()) {
			scopes.addString(scope.value(), scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		}
		return new OpenAPI()
			.info(new Info().title("Microcred API")
				.version("v1")
				.description("Catalog, credentials and integration API of Microcred. API clients get a bearer token "
						+ "from /oauth2/token (OAuth 2.0 client credentials); see docs/integrations.md.")
				.license(new License().name("See the project's LICENSE")))
			.components(new Components().addSecuritySchemes("oauth2", new SecurityScheme()
				.type(SecurityScheme.Type.OAUTH2)
				.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)))));
	}

}
