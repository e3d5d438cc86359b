package com.siglume.sdrp.spring.aot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.checkout.SiglumeCheckoutSchemaInitializer;
import com.siglume.sdrp.spring.webhook.SiglumeEventStoreSchemaInitializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * What a native image of an application with the starter needs beyond its beans: the event
 * table scripts, read as class path resources, and the types of the Siglume clients Jackson
 * binds by reflection (the records, and the answer classes that bind through a
 * {@code @JsonCreator}). Listener methods are
 * covered by {@link org.springframework.aot.hint.annotation.Reflective @Reflective} on
 * {@code @SiglumePaymentListener}.
 */
public class SiglumeRuntimeHints implements RuntimeHintsRegistrar {

    /** The scripts of the event and checkout attempt tables, as their schema initializers find them. */
    static final List<String> SCHEMA_SCRIPTS = Stream.of(SiglumeEventStoreSchemaInitializer.SCHEMA_LOCATION,
                    SiglumeCheckoutSchemaInitializer.SCHEMA_LOCATION)
            .map(location -> location.substring(ResourceLoader.CLASSPATH_URL_PREFIX.length())
                    .replace("@@platform@@", "*"))
            .toList();

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        SCHEMA_SCRIPTS.forEach(hints.resources()::registerPattern);
        List<Class<?>> types = boundClientTypes(classLoader);
        new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), types.toArray(Class<?>[]::new));
        // A creator may be private (the answer classes bind through one); Jackson calls it reflectively.
        types.stream().filter(SiglumeRuntimeHints::hasJsonCreator).forEach(type -> hints.reflection()
                .registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS));
    }

    /**
     * Returns every type of the clients' packages that Jackson binds: the records (nested ones
     * included) and the classes with a {@code @JsonCreator}.
     *
     * @param classLoader the application's class loader
     * @return the types
     */
    static List<Class<?>> boundClientTypes(ClassLoader classLoader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(SiglumeMerchantClient.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader);
            if (type.isRecord() || hasJsonCreator(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean hasJsonCreator(Class<?> type) {
        return Stream.concat(Arrays.stream(type.getDeclaredConstructors()), Arrays.stream(type.getDeclaredMethods()))
                .anyMatch(member -> member.isAnnotationPresent(JsonCreator.class));
    }
}
