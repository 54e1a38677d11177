package org.microcred.platform.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds {@code #text} to templates: {@code ${#text.markdown(x)}} renders Markdown as safe HTML, {@code
 * ${#text.bytes(n)}} formats a size. An expression object (unlike a bean reference) is allowed in every attribute,
 * including {@code th:utext} and {@code th:href}.
 */
@Component
public class TextDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final TemplateHelpers HELPERS = new TemplateHelpers();

	public TextDialect() {
		super("microcred-text");
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
				return HELPERS;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
