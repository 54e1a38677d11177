package org.microcred.identity.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.microcred.platform.web.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests refused before the security filter chain runs — by Spring Security's URL firewall (double slashes,
 * semicolons, encoded dots) or by Tomcat itself (encoded slashes, backslashes) — get the security headers every
 * other answer carries and a plain error page without details.
 */
@Configuration
class RejectedRequests {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

	/** The headers {@link SecurityConfiguration} writes on every answer of the filter chain. */
	static final List<HeaderWriter> SECURITY_HEADERS = List.of(new CacheControlHeadersWriter(),
			new XContentTypeOptionsHeaderWriter(), new HstsHeaderWriter(), new XFrameOptionsHeaderWriter(
					XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
			new XXssProtectionHeaderWriter(), new ContentSecurityPolicyHeaderWriter(SecurityConfiguration.CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(SecurityConfiguration.REFERRER_POLICY),
			new PermissionsPolicyHeaderWriter(SecurityConfiguration.PERMISSIONS_POLICY));

	static void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
		SECURITY_HEADERS.forEach(writer -> writer.writeHeaders(request, response));
	}

	/** The firewall's refusal: the headers, then the application's own 400 page. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> {
			log.debug("Refused a malformed request: {}", ex.getMessage());
			writeSecurityHeaders(request, response);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	/** Tomcat's own refusals never reach the application: its error report carries the headers and a plain page. */
	@Bean
	ContainerErrors containerErrors() {
		return new ContainerErrors();
	}

	static class ContainerErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers(RejectedRequests::useSecureErrorReport);
		}

		/** After Spring Boot's customizer, which installs Tomcat's own error report. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	private static void useSecureErrorReport(Context context) {
		if (context.getParent() instanceof StandardHost host) {
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.setErrorReportValveClass(SecureErrorReport.class.getName());
			host.getPipeline().addValve(new SecureErrorReport());
		}
	}

	/** Tomcat's error report, with the security headers and a plain page instead of Tomcat's. */
	public static class SecureErrorReport extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				writeSecurityHeaders(request, response);
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("Could not write the error page", ex);
			}
		}

		private static String page(int status) {
			String title = HtmlUtils.htmlEscape(ErrorPages.title(status));
			return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ " · Microcred</title></head><body><main><h1>" + title + "</h1><p>"
					+ HtmlUtils.htmlEscape(ErrorPages.hint(status)) + "</p><p><a href=\"/\">Microcred home</a></p>"
					+ "</main></body></html>";
		}

	}

}
