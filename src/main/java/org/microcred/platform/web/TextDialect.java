package org.microcred.platform.web;

import java.time.ZoneId;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds {@code #text} to templates: {@code ${#text.msg(x)}} shows a message in the page's language,
 * {@code ${#text.date(d)}} and {@code ${#text.dateTime(t)}} format dates for the viewer's language and time zone,
 * {@code ${#text.markdown(x)}} renders Markdown as safe HTML, {@code ${#text.bytes(n)}} formats a size. An expression
 * object (unlike a bean reference) is allowed in every attribute, including {@code th:utext} and {@code th:href}.
 */
@Component
public class TextDialect extends AbstractDialect implements IExpressionObjectDialect {

	/** Set by the page script from the browser's own time zone, until the person saves one in their profile. */
	static final String TIME_ZONE_COOKIE = "microcred-tz";

	private final MessageSource messages;

	private final LanguageSettings settings;

	public TextDialect(MessageSource messages, LanguageSettings settings) {
		super("microcred-text");
		this.messages = messages;
		this.settings = settings;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("text");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new TemplateHelpers(messages, context.getLocale(), zone(context), settings.languages());
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

	private ZoneId zone(IExpressionContext context) {
		if (context instanceof IWebContext web && web.getExchange().getRequest() != null) {
			return ViewerZone.resolve(web.getExchange().getAttributeValue(LocaleConfiguration.ZONE),
					web.getExchange().getRequest().getCookieValue(TIME_ZONE_COOKIE), settings.timeZone());
		}
		return settings.timeZone();
	}

}
