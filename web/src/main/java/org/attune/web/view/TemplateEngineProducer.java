package org.attune.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The one place Thymeleaf is configured: templates under {@code templates/} on the class path, HTML mode. */
@ApplicationScoped
public class TemplateEngineProducer {

    @Inject
    @ConfigProperty(name = "attune.templates.cache", defaultValue = "true")
    boolean cacheTemplates;

    @Produces
    @Singleton
    TemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver =
                new ClassLoaderTemplateResolver(getClass().getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cacheTemplates);

        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver(Messages.BASE_NAME));
        engine.setLinkBuilder(new ContextPathLinks());
        return engine;
    }
}
